"""Making a backup of PORTAL_HOME: the database (checkpointed under the write lock) and every file
beside it (uploads, certificates, checkpoints) with a signed manifest of sizes and SHA-256 digests.
Private keys (keys/) never go into a backup; the manifest names the ones a restore needs."""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path

from portal.store import audit_sealer, migrations
from portal.store.backup_manifest import BACKUPS, FORMAT, KEYS, MANIFEST, BackupError, digest, sign
from portal.store.db import DB_FILE, Database

__all__ = ["BackupError", "create"]


def _files(home: Path, skip: Path | None):
    """Every file under home except the database, keys and any backup kept inside it."""
    nested = [p.parent for p in home.rglob(MANIFEST)]
    for path in sorted(home.rglob("*")):
        if path.is_symlink() or not path.is_file() or path.name in (DB_FILE, DB_FILE + ".wal"):
            continue
        rel = path.relative_to(home)
        if KEYS in rel.parents or BACKUPS in rel.parents:
            continue
        if any(path == d or d in path.parents for d in ([skip] if skip else []) + nested):
            continue
        yield path


def create(db: Database, target: Path) -> dict:
    """Write a complete backup directory `target` (must not exist yet); returns its manifest."""
    home = db.home.resolve()
    target = target.resolve()
    if target.exists():
        raise BackupError(f"备份目标已存在：{target}")
    target.mkdir(mode=0o700, parents=True)
    entries = []
    audit_sealer.flush(db)  # a backup holds sealed events only
    with db.transaction() as cur:  # holds the write lock: nothing changes while we copy
        version = migrations.current_version(cur)
    with db._write_lock:
        with db.read() as cur:
            cur.execute("CHECKPOINT")
        shutil.copy2(home / DB_FILE, target / DB_FILE)
        os.chmod(target / DB_FILE, 0o600)
        for path in _files(home, target):
            rel = path.relative_to(home)
            (target / "files" / rel).parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            shutil.copy2(path, target / "files" / rel)
            os.chmod(target / "files" / rel, 0o600)
    for path in sorted(target.rglob("*")):
        if path.is_file():
            entries.append({"path": str(path.relative_to(target)), "size": path.stat().st_size,
                            "sha256": digest(path)})
    manifest = sign({"format": FORMAT, "schema_version": version, "created_at": dt.datetime.now().isoformat(),
                     "portal_version": _version(), "files": entries}, home)
    (target / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    os.chmod(target / MANIFEST, 0o600)
    return manifest


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("kaohou-portal")
    except PackageNotFoundError:
        return "unknown"
