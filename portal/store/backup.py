"""Backup and restore of PORTAL_HOME: the database (checkpointed under the write lock) and every
file beside it (uploads, certificates, checkpoints) with a manifest of sizes and SHA-256 digests.
Private keys (keys/) never go into a backup: a restore keeps the home's own keys."""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import shutil
from pathlib import Path

from cryptography.exceptions import InvalidSignature

from portal.store import keys, migrations
from portal.store.db import DB_FILE, Database

MANIFEST = "manifest.json"
KEYS = Path("keys")
BACKUPS = Path("backups")
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
        if path.is_symlink() or not path.is_file() or path.name in (DB_FILE, DB_FILE + ".wal"):
            continue
        rel = path.relative_to(home)
        if KEYS in rel.parents or BACKUPS in rel.parents:
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
    target.mkdir(mode=0o700, parents=True)
    entries = []
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
                            "sha256": _digest(path)})
    manifest = {"format": FORMAT, "schema_version": version, "created_at": dt.datetime.now().isoformat(),
                "portal_version": _version(), "files": entries}
    manifest["signature"] = base64.b64encode(keys.checkpoint_key(home).sign(_signed(manifest))).decode("ascii")
    (target / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    os.chmod(target / MANIFEST, 0o600)
    return manifest


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("kaohou-portal")
    except PackageNotFoundError:
        return "unknown"


def _signed(manifest: dict) -> bytes:
    body = {k: v for k, v in manifest.items() if k != "signature"}
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _check_signature(manifest: dict, home: Path) -> None:
    """The manifest was signed by this home's key (kept outside every backup)."""
    public = keys.checkpoint_public(home)
    if public is None:
        raise BackupError("本机没有签署备份所用的密钥（keys/），无法确认备份未被改动，拒绝恢复")
    try:
        public.verify(base64.b64decode(str(manifest.get("signature", "")), validate=True), _signed(manifest))
    except (InvalidSignature, ValueError):
        raise BackupError("备份清单的签名无效（清单或文件被改动，或不是本机签署的备份），拒绝恢复") from None


def check(source: Path, home: Path) -> dict:
    """The manifest of a complete, intact backup signed by `home`'s key, from a schema this code
    knows; else BackupError."""
    mf = source / MANIFEST
    if not mf.is_file() or mf.is_symlink():
        raise BackupError(f"不是完整的备份：缺少 {MANIFEST}")
    try:
        manifest = json.loads(mf.read_text(encoding="utf-8"))
        files = manifest["files"]
        version = int(manifest["schema_version"])
        if not isinstance(files, list):
            raise TypeError
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise BackupError(f"备份清单 {MANIFEST} 已损坏") from None
    if manifest.get("format") != FORMAT:
        raise BackupError("不支持的备份格式")
    _check_signature(manifest, home)
    latest = max(n for n, _ in migrations.available())
    if version > latest:
        raise BackupError(f"备份来自更新版本的程序（数据库结构 {version} > {latest}），拒绝恢复")
    for entry in files:
        _check_entry(source, entry)
    listed = {e["path"] for e in files}
    if DB_FILE not in listed:
        raise BackupError("备份不完整：缺少数据库文件")
    for path in source.rglob("*"):
        if path.is_symlink():
            raise BackupError(f"备份中有符号链接，拒绝恢复：{path.relative_to(source)}")
    extra = {str(p.relative_to(source)) for p in source.rglob("*") if p.is_file()} - listed - {MANIFEST}
    if extra:
        raise BackupError(f"备份中有清单外的文件：{sorted(extra)[0]}")
    return manifest


def _check_entry(source: Path, entry) -> None:
    """One manifest entry: a relative path inside the backup, not a key, with size and digest."""
    if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
        raise BackupError(f"备份清单 {MANIFEST} 已损坏")
    rel = Path(entry["path"])
    if rel.is_absolute() or ".." in rel.parts or not rel.parts:
        raise BackupError(f"备份清单中有不安全的路径，拒绝恢复：{entry['path']}")
    if len(rel.parts) > 1 and Path(*rel.parts[1:2]) == KEYS:
        raise BackupError(f"备份中不应含私钥，拒绝恢复：{entry['path']}")
    if not isinstance(entry.get("sha256"), str) or not isinstance(entry.get("size"), int):
        raise BackupError(f"备份清单中 {entry['path']} 缺少大小或摘要，拒绝恢复")
    path = source / rel
    if path.is_symlink():
        raise BackupError(f"备份中有符号链接，拒绝恢复：{entry['path']}")
    if not path.is_file():
        raise BackupError(f"备份不完整：缺少文件 {entry['path']}")
    if path.stat().st_size != entry["size"] or _digest(path) != entry["sha256"]:
        raise BackupError(f"备份文件已损坏：{entry['path']}")


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
