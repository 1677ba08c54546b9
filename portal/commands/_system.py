"""Shared CLI plumbing: the database of --home and the principal commands act as."""
from __future__ import annotations

from portal.cli import CliError
from portal.config import portal_home
from portal.services.auth import Principal
from portal.services.cities import all_codes
from portal.store.db import open_database
from portal.store.migrations import SchemaTooNew


def database(args):
    try:
        return open_database(portal_home(args.home))
    except SchemaTooNew as exc:
        raise CliError(str(exc)) from exc


def operator() -> Principal:
    """The command line runs as the province administrator (user 0, audited as such)."""
    return Principal(user_id=0, role="admin", cities=all_codes(), display_name="命令行管理员")

