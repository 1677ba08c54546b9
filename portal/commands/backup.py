"""`portal backup PATH` / `portal restore PATH`: the database and uploaded files together."""
from __future__ import annotations

from pathlib import Path

from portal.commands._system import database


def register(sub) -> None:
    b = sub.add_parser("backup", help="备份数据库和上传文件 (back up PORTAL_HOME)")
    b.add_argument("path", help="备份目录（须不存在）")
    b.set_defaults(func=run_backup)
    r = sub.add_parser("restore", help="从备份恢复 (restore PORTAL_HOME from a backup)")
    r.add_argument("path", help="由 portal backup 生成的备份目录")
    r.set_defaults(func=run_restore)


def run_backup(args) -> int:
    from portal.services import system
    db = database(args)
    manifest = system.make_backup(db, system.operator(), Path(args.path))
    print(f"backup written to {Path(args.path).resolve()}: schema {manifest['schema_version']}, "
          f"{len(manifest['files'])} files")
    ids = manifest["keys"]
    print(f"keys are not in the backup; restoring it needs audit key {ids['audit_key']} and checkpoint key "
          f"{ids['checkpoint_key']} (keep them with `portal keys export PATH`, put back with `portal keys import PATH`)")
    return 0


def run_restore(args) -> int:
    from portal.services import system
    home, kept = system.restore_backup(system.operator(), Path(args.path), args.home)
    print(f"restored {home} from {Path(args.path).resolve()}")
    if kept:
        print(f"previous contents kept in {kept}")
    return 0
