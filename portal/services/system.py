"""The portal's own upkeep for the command line: the database under a home (created or migrated),
the operator the command line acts as, audit-chain verification, backup and restore."""
from __future__ import annotations

from pathlib import Path

import duckdb

from portal.config import portal_home
from portal.domain.errors import Conflict, InvalidInput
from portal.domain.units import all_codes
from portal.services.people.auth import Principal
from portal.store import audit, backup
from portal.store.db import DB_FILE, Database, close_all, open_database
from portal.store.migrations import SchemaTooNew


def open_home(home=None) -> Database:
    """The database under `home` (or PORTAL_HOME), created or migrated; a newer schema is refused."""
    try:
        return open_database(portal_home(home))
    except SchemaTooNew as exc:
        raise Conflict(str(exc)) from None
    except duckdb.IOException as exc:  # held by a process that does not answer on the control socket
        raise Conflict(f"数据库正被另一个进程占用，请稍后再试或先停止该进程：{str(exc).splitlines()[0][:160]}") from None


def operator() -> Principal:
    """The command line runs as the province administrator (user 0, audited as such)."""
    return Principal(user_id=0, role="admin", cities=all_codes(), display_name="命令行管理员")


def verify_audit(db: Database) -> tuple[int, str | None]:
    """(events checked, None) when the chain is intact, else (index of the first bad event, why)."""
    with db.read() as cur:
        return audit.verify(cur)


def make_backup(db: Database, path: Path) -> dict:
    """Write a backup of the database and uploaded files to `path` (which must not exist)."""
    try:
        return backup.create(db, Path(path))
    except backup.BackupError as exc:
        raise InvalidInput(str(exc)) from None


def restore_backup(path: Path, home=None) -> tuple[Path, Path | None]:
    """Replace the home's database and files by a checked backup; refused while another process
    holds the database. Returns the home and where its previous contents were kept (None if empty)."""
    home = portal_home(home)
    close_all()
    if (home / DB_FILE).exists():
        try:
            duckdb.connect(str(home / DB_FILE)).close()
        except duckdb.IOException as exc:
            raise Conflict(f"数据库正在被其他进程使用，请先停止门户再恢复：{exc}") from None
    try:
        return home, backup.restore(Path(path), home)
    except backup.BackupError as exc:
        raise InvalidInput(f"恢复被拒绝：{exc}") from None
