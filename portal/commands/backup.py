"""`portal backup PATH` / `portal restore PATH`: the database and uploaded files together."""
from __future__ import annotations

from pathlib import Path

import duckdb

from portal.cli import CliError
from portal.commands._system import database
from portal.config import portal_home
from portal.store import backup
from portal.store.db import DB_FILE, close_all


def register(sub) -> None:
    b = sub.add_parser("backup", help="备份数据库和上传文件 (back up PORTAL_HOME)")
    b.add_argument("path", help="备份目录（须不存在）")
    b.set_defaults(func=run_backup)
    r = sub.add_parser("restore", help="从备份恢复 (restore PORTAL_HOME from a backup)")
    r.add_argument("path", help="由 portal backup 生成的备份目录")
    r.set_defaults(func=run_restore)


def run_backup(args) -> int:
    db = database(args)
    try:
        manifest = backup.create(db, Path(args.path))
    except backup.BackupError as exc:
        raise CliError(str(exc)) from exc
    print(f"backup written to {Path(args.path).resolve()}: schema {manifest['schema_version']}, "
          f"{len(manifest['files'])} files")
    return 0


def run_restore(args) -> int:
    home = portal_home(args.home)
    close_all()
    if (home / DB_FILE).exists():
        try:  # another process (a running portal) holds the database: refuse
            duckdb.connect(str(home / DB_FILE)).close()
        except duckdb.IOException as exc:
            raise CliError(f"数据库正在被其他进程使用，请先停止门户再恢复：{exc}") from exc
    try:
        kept = backup.restore(Path(args.path), home)
    except backup.BackupError as exc:
        raise CliError(f"恢复被拒绝：{exc}") from exc
    print(f"restored {home} from {Path(args.path).resolve()}")
    if kept:
        print(f"previous contents kept in {kept}")
    return 0
