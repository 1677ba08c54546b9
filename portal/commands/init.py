"""`portal init`: create or migrate the database under PORTAL_HOME."""
from __future__ import annotations

from portal.cli import CliError
from portal.config import portal_home
from portal.store.db import open_database
from portal.store.migrations import SchemaTooNew


def register(sub) -> None:
    p = sub.add_parser("init", help="创建或升级数据库 (create or migrate the database)")
    p.set_defaults(func=run)


def run(args) -> int:
    home = portal_home(args.home)
    try:
        db = open_database(home)
    except SchemaTooNew as exc:
        raise CliError(str(exc)) from exc
    print(f"database ready: {db.path} (schema {db.schema_version()})")
    return 0
