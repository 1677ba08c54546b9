"""备份与恢复 for the administrator page: make a backup of PORTAL_HOME beside it, list and check
backups, zip one for download. Restoring replaces the database under a running portal, so it is
done with the portal stopped (`portal restore PATH`, which refuses while the database is in use);
the page checks the backup first and shows that command."""
from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path

from portal.domain.errors import InvalidInput, PermissionDenied
from portal.domain.units import all_codes
from portal.services.people.auth import Principal, require_role
from portal.store import backup, backup_check, backup_manifest, keys


def _province(principal: Principal) -> None:
    require_role(principal, "admin")
    if set(principal.cities) != set(all_codes()):
        raise PermissionDenied("无权操作：备份与恢复仅限省级管理员")


def backups_dir(db) -> Path:
    """PORTAL_HOME/backups (git-ignored with the home; never itself backed up)."""
    return Path(db.home).resolve() / "backups"


def create_backup(db, principal: Principal) -> dict:
    _province(principal)
    target = backups_dir(db) / dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    try:
        manifest = backup.create(db, target)
    except backup.BackupError as exc:
        raise InvalidInput(str(exc)) from exc
    return {"path": str(target), "files": len(manifest["files"]), "schema": manifest["schema_version"],
            "keys": backup_manifest.needed_keys(manifest)}


def home_keys(db, principal: Principal) -> str:
    """The fingerprints of the keys this home holds now, as the backup page shows them."""
    _province(principal)
    return backup_manifest.needed_keys({"keys": keys.key_ids(Path(db.home).resolve())})


def list_backups(db, principal: Principal) -> list[dict]:
    """Every backup beside PORTAL_HOME, newest first, each checked (complete, intact, known schema)."""
    _province(principal)
    root = backups_dir(db)
    out = []
    for path in sorted(root.iterdir(), reverse=True) if root.is_dir() else []:
        try:
            manifest = backup_check.check(path, Path(db.home).resolve())
            state, size = "完整可用", sum(f["size"] for f in manifest["files"])
        except backup.BackupError as exc:
            state, size, manifest = f"不可用：{exc}", 0, _unchecked(path)
        out.append({"name": path.name, "path": str(path), "state": state, "size_mb": round(size / 2**20, 2),
                    "keys": backup_manifest.needed_keys(manifest)})
    return out


def _unchecked(path: Path) -> dict:
    """The manifest as stored, for naming the keys a backup asks for even when it cannot be restored here."""
    try:
        found = json.loads((path / backup_manifest.MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return {}
    return found if isinstance(found, dict) else {}


def zip_backup(db, principal: Principal, name: str) -> bytes:
    _province(principal)
    path = (backups_dir(db) / name).resolve()
    if path.parent != backups_dir(db) or not path.is_dir():
        raise InvalidInput("备份不存在")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for file in sorted(path.rglob("*")):
            rel = file.relative_to(path)
            if file.is_file() and not file.is_symlink() and "keys" not in rel.parts[:2]:  # never a private key
                zf.write(file, rel)
    return buf.getvalue()
