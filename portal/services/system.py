"""The portal's own upkeep for the command line: the database under a home (created or migrated),
the operator the command line acts as, audit-chain verification, backup and restore. Whatever reads
or changes the portal's data takes the acting principal and requires a province administrator (the
command line passes `operator()`), like every other service."""
from __future__ import annotations

import contextlib
import json
from pathlib import Path

import duckdb

from portal.config import portal_home
from portal.domain.errors import Conflict, InvalidInput
from portal.domain.units import all_codes
from portal.services.people.auth import Principal, require_province_admin
from portal.store import audit, audit_anchor, audit_rekey, audit_sealer, backup, backup_restore
from portal.store import audit_checkpoint as checkpoints
from portal.store.db import DB_FILE, Database, close_all, open_database
from portal.store.migrations import SchemaTooNew
from portal.store.queries import q


def open_home(home=None) -> Database:
    """The database under `home` (or PORTAL_HOME), created or migrated; a newer schema is refused."""
    try:
        return open_database(portal_home(home))
    except SchemaTooNew as exc:
        raise Conflict(str(exc)) from None
    except duckdb.IOException as exc:  # held by a process that does not answer on the control socket
        raise Conflict(f"数据库正被另一个进程占用，请稍后再试或先停止该进程：{str(exc).splitlines()[0][:160]}") from None
    except duckdb.Error as exc:
        raise Conflict(f"数据库文件无法打开（可能已损坏）：{str(exc).splitlines()[0]}") from None


def operator() -> Principal:
    """The command line runs as the province administrator (user 0, audited as such)."""
    return Principal(user_id=0, role="admin", cities=all_codes(), display_name="命令行管理员")


def database_file_digest(home=None) -> str | None:
    """SHA-256 of the database file under `home`, taken before anything opens it."""
    return checkpoints.file_digest(Path(portal_home(home)) / DB_FILE)


def verify_audit(db: Database, principal: Principal, file_digest: str | None = None) -> tuple[int, str | None]:
    """(events checked, None) when the chain, every record row and the latest signed checkpoint
    agree, else (the first bad event, 0 for a bad row, and why). Runs beside a running portal."""
    require_province_admin(principal)
    with contextlib.suppress(RuntimeError):  # staged events that do not follow the head: verify names them
        audit_sealer.flush(db)
    with db.read() as cur:
        try:
            for (table,) in cur.execute(q("select_table_names")).fetchall():
                cur.execute(q("count_table_rows_read"), {"name": table}).fetchone()
            count, why = audit.verify(cur)
            if why is None and db.home is not None:
                why = checkpoints.check(db.home, cur) or checkpoints.check_file(db.home, file_digest)
            if why is not None and audit_rekey.legacy_events(cur):
                why += " (events sealed before the keyed chain: run `portal audit rekey` once after upgrading)"
        except duckdb.Error as exc:
            return 0, f"database file is damaged: {str(exc).splitlines()[0]}"
    return count, why


def rekey_audit(db: Database, principal: Principal) -> dict:
    """Re-seal an upgraded install's events under the HMAC key, after verifying the unkeyed chain
    they were sealed by (refused, nothing written, when it does not verify or the signed checkpoint
    disagrees); an audit event records the old head. Returns what it recorded."""
    require_province_admin(principal)
    audit_sealer.flush(db)
    with db.transaction() as cur:
        why = checkpoints.check(db.home, cur) if db.home is not None else None
        if why:
            raise Conflict(f"审计日志重新签封被拒绝（未作任何修改）：{why}")
        try:
            done = audit_rekey.rekey(cur, db, actor="user:0", role="admin")
        except ValueError as exc:
            raise Conflict(f"审计日志重新签封被拒绝（未作任何修改）：{exc}") from None
    if db.home is not None:
        audit_anchor.flush(db)  # the re-sealed head is the one to hold to from now on
    return done


def audit_checkpoint(db: Database, principal: Principal, export: Path | None = None) -> dict:
    """Sign the current head into the checkpoint file; with `export`, also write it to a file the
    bureau keeps elsewhere (it holds no secret: count, hash, time, public key, signature)."""
    require_province_admin(principal)
    if db.home is None:
        raise InvalidInput("内存数据库没有审计检查点")
    audit_sealer.flush(db)
    with db.read() as cur:
        entry = checkpoints.write(db.home, cur)
    if export is not None:
        try:
            Path(export).write_text(json.dumps(entry, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        except OSError as exc:
            raise InvalidInput(f"无法写入 {export}：{exc.strerror}") from None
    return entry


def make_backup(db: Database, principal: Principal, path: Path) -> dict:
    """Write a backup of the database and uploaded files to `path` (which must not exist)."""
    require_province_admin(principal)
    try:
        return backup.create(db, Path(path))
    except backup.BackupError as exc:
        raise InvalidInput(str(exc)) from None


def restore_backup(principal: Principal, path: Path, home=None) -> tuple[Path, Path | None]:
    """Replace the home's database and files by a checked backup; refused while another process
    holds the database. Returns the home and where its previous contents were kept (None if empty)."""
    require_province_admin(principal)
    home = portal_home(home)
    close_all()
    if (home / DB_FILE).exists():
        try:
            duckdb.connect(str(home / DB_FILE)).close()
        except duckdb.IOException as exc:
            raise Conflict(f"数据库正在被其他进程使用，请先停止门户再恢复：{exc}") from None
    try:
        kept = backup_restore.restore(Path(path), home)
    except backup.BackupError as exc:
        raise InvalidInput(f"恢复被拒绝：{exc}") from None
    audit_anchor.anchor_closed_file(home, home / DB_FILE)  # the restored head is the one to hold to
    return home, kept
