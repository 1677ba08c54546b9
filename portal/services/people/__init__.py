"""Who acts: the caller and the checks every service runs first (`auth`), login and accounts
(`accounts`, `staff`, `passwords`), the authority's candidate list (`list_file` reads it,
`list_import` imports it) and the blacklist with the history of failed checks (`blacklist`)."""
