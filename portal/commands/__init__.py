"""Subcommands of `portal`; one module per command (or command group), each with `register(sub)`."""


class CliError(Exception):
    """A user-facing error: printed as one line on stderr, exit status 2 unless given."""

    def __init__(self, message: str, status: int = 2):
        super().__init__(message)
        self.status = status
