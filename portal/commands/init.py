"""`portal init`: create or migrate the database under PORTAL_HOME."""
from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("init", help="创建或升级数据库 (create or migrate the database)")
    p.set_defaults(func=run)


def run(args) -> int:
    from portal.services import system
    db = system.open_home(args.home)
    print(f"database ready: {db.path} (schema {db.schema_version()})")
    return 0
