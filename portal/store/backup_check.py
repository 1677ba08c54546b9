"""Checking a backup before anything is restored: a complete manifest signed by this home's
checkpoint key, from a schema this code knows, every entry a relative, non-key path with the size
and digest it lists, no symlink and no file outside the manifest."""
from __future__ import annotations

import json
from pathlib import Path

from portal.store import migrations
from portal.store.backup_manifest import FORMAT, KEYS, MANIFEST, BackupError, check_keys_and_signature, digest
from portal.store.db import DB_FILE


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
    check_keys_and_signature(manifest, home)
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
    if path.stat().st_size != entry["size"] or digest(path) != entry["sha256"]:
        raise BackupError(f"备份文件已损坏：{entry['path']}")
