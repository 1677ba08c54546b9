"""考后人工核查 portal: services, storage, UI and CLI on top of `rules` and `checks`."""
