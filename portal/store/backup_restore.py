"""Restoring PORTAL_HOME from a checked backup: staged beside the home, the staged database opened
once, the home's keys and backups carried over, then swapped in; the previous contents kept."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from portal.store import migrations
from portal.store.backup_check import check
from portal.store.backup_manifest import BACKUPS, KEYS, BackupError
from portal.store.db import DB_FILE, Database


def restore(source: Path, home: Path) -> Path | None:
    """Replace `home` by the backup, keeping the home's keys; the previous contents are kept
    beside it (returned). Everything is checked before anything of `home` is touched."""
    source, home = source.resolve(), home.resolve()
    check(source, home)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    staging = home.with_name(f"{home.name}.restoring-{stamp}")
    try:
        shutil.copytree(source / "files", staging, symlinks=True) if (source / "files").is_dir() else staging.mkdir()
        shutil.copy2(source / DB_FILE, staging / DB_FILE)
        _probe(staging)
        if (home / KEYS).is_dir():
            shutil.copytree(home / KEYS, staging / KEYS, dirs_exist_ok=True)
        if (home / BACKUPS).is_dir():  # the backups stay with the home, not with what it replaced
            (home / BACKUPS).rename(staging / BACKUPS)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    kept = None
    if home.exists() and any(home.iterdir()):
        kept = home.with_name(f"{home.name}.before-restore-{stamp}")
        home.rename(kept)
    elif home.exists():
        home.rmdir()
    staging.rename(home)
    return kept


def _probe(staging: Path) -> None:
    """Open the staged database: a garbage file or a newer schema is refused in one line."""
    import duckdb
    try:
        probe = Database(staging)
    except duckdb.Error as exc:
        raise BackupError(f"备份中的数据库文件无法打开：{str(exc).splitlines()[0]}") from None
    try:
        if probe.schema_version() > max(n for n, _ in migrations.available()):
            raise BackupError("备份中的数据库结构版本高于本程序，拒绝恢复")
    except duckdb.Error as exc:
        raise BackupError(f"备份中的数据库不是本系统的数据库：{str(exc).splitlines()[0]}") from None
    finally:
        probe._con.close()
