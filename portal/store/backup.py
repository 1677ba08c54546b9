"""Backup and restore of PORTAL_HOME: the database (checkpointed under the write lock) and every
file beside it (uploads, certificates, keys), with a manifest of sizes and SHA-256 digests."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from pathlib import Path

from portal.store import migrations
from portal.store.db import DB_FILE, Database

MANIFEST = "manifest.json"
FORMAT = "portal-backup/1"


class BackupError(Exception):
    """The backup cannot be made or restored; the message says why (Chinese)."""


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _files(home: Path, skip: Path | None):
    """Every file under home except the database and any backup kept inside it."""
    nested = [p.parent for p in home.rglob(MANIFEST)]
    for path in sorted(home.rglob("*")):
        if not path.is_file() or path.name in (DB_FILE, DB_FILE + ".wal"):
            continue
        if any(path == d or d in path.parents for d in ([skip] if skip else []) + nested):
            continue
        yield path


def create(db: Database, target: Path) -> dict:
    """Write a complete backup directory `target` (must not exist yet)."""
    home = db.home.resolve()
    target = target.resolve()
    if target.exists():
        raise BackupError(f"备份目标已存在：{target}")
    target.mkdir(parents=True)
    entries = []
    with db.transaction() as cur:  # holds the write lock: nothing changes while we copy
        version = migrations.current_version(cur)
    with db._write_lock:
        with db.read() as cur:
            cur.execute("CHECKPOINT")
        shutil.copy2(home / DB_FILE, target / DB_FILE)
        for path in _files(home, target):
            rel = path.relative_to(home)
            (target / "files" / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target / "files" / rel)
    for path in sorted(target.rglob("*")):
        if path.is_file():
            entries.append({"path": str(path.relative_to(target)), "size": path.stat().st_size,
                            "sha256": _digest(path)})
    manifest = {"format": FORMAT, "schema_version": version, "created_at": dt.datetime.now().isoformat(),
                "files": entries}
    (target / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return manifest


def check(source: Path) -> dict:
    """The manifest of a complete, intact backup from a schema this code knows; else BackupError."""
    mf = source / MANIFEST
    if not mf.is_file():
        raise BackupError(f"不是完整的备份：缺少 {MANIFEST}")
    try:
        manifest = json.loads(mf.read_text(encoding="utf-8"))
    except ValueError:
        raise BackupError(f"备份清单 {MANIFEST} 已损坏") from None
    if manifest.get("format") != FORMAT:
        raise BackupError("不支持的备份格式")
    latest = max(n for n, _ in migrations.available())
    if manifest["schema_version"] > latest:
        raise BackupError(f"备份来自更新版本的程序（数据库结构 {manifest['schema_version']} > {latest}），拒绝恢复")
    listed = {e["path"] for e in manifest["files"]}
    if DB_FILE not in listed:
        raise BackupError("备份不完整：缺少数据库文件")
    for entry in manifest["files"]:
        path = source / entry["path"]
        if not path.is_file():
            raise BackupError(f"备份不完整：缺少文件 {entry['path']}")
        if path.stat().st_size != entry["size"] or _digest(path) != entry["sha256"]:
            raise BackupError(f"备份文件已损坏：{entry['path']}")
    extra = {str(p.relative_to(source)) for p in source.rglob("*") if p.is_file()} - listed - {MANIFEST}
    if extra:
        raise BackupError(f"备份中有清单外的文件：{sorted(extra)[0]}")
    return manifest


def restore(source: Path, home: Path) -> Path | None:
    """Replace `home` by the backup; the previous contents are kept beside it (returned)."""
    source, home = source.resolve(), home.resolve()
    check(source)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    staging = home.with_name(f"{home.name}.restoring-{stamp}")
    shutil.copytree(source / "files", staging) if (source / "files").is_dir() else staging.mkdir()
    shutil.copy2(source / DB_FILE, staging / DB_FILE)
    probe = Database(staging)
    try:
        if probe.schema_version() > max(n for n, _ in migrations.available()):
            raise BackupError("备份中的数据库结构版本高于本程序，拒绝恢复")
    finally:
        probe._con.close()
    kept = None
    if home.exists() and any(home.iterdir()):
        kept = home.with_name(f"{home.name}.before-restore-{stamp}")
        home.rename(kept)
    elif home.exists():
        home.rmdir()
    staging.rename(home)
    return kept
