"""The backup manifest: its format, file digests, the bytes its Ed25519 signature covers, and the
keys a restore needs (fingerprints of the audit key and checkpoint key the backup was made under;
the keys themselves never go into a backup: `portal keys export` carries them apart)."""
from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

from cryptography.exceptions import InvalidSignature

from portal.store import keys

MANIFEST = "manifest.json"
KEYS = Path("keys")
BACKUPS = Path("backups")
FORMAT = "portal-backup/1"
KEY_NAMES = {"audit_key": "审计密钥", "checkpoint_key": "检查点签名密钥"}


class BackupError(Exception):
    """The backup cannot be made or restored; the message says why (Chinese)."""


def digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def signed_bytes(manifest: dict) -> bytes:
    body = {k: v for k, v in manifest.items() if k != "signature"}
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def sign(manifest: dict, home: Path) -> dict:
    """`manifest` with the keys it needs and its signature by the home's checkpoint key."""
    manifest = {**manifest, "keys": keys.key_ids(home)}
    key = keys.checkpoint_key(home)
    return {**manifest, "signature": base64.b64encode(key.sign(signed_bytes(manifest))).decode("ascii")}


def needed_keys(manifest: dict) -> str:
    """The keys a restore needs, in words: '审计密钥 ab12…, 检查点签名密钥 cd34…'."""
    given = manifest.get("keys") if isinstance(manifest.get("keys"), dict) else {}
    return "，".join(f"{label} {given.get(name) or '未记录'}" for name, label in KEY_NAMES.items())


def check_keys_and_signature(manifest: dict, home: Path) -> None:
    """The home holds the keys the backup was made under, and the manifest's signature verifies."""
    have = keys.key_ids(home)
    given = manifest.get("keys") if isinstance(manifest.get("keys"), dict) else {}
    lacking = [n for n in KEY_NAMES if have[n] is None or (given.get(n) and given.get(n) != have[n])]
    if lacking:
        raise BackupError(f"本机缺少该备份所需的密钥（{needed_keys(manifest)}），"
                          "请先用 portal keys import 导入备份时导出的密钥文件，再恢复")
    try:
        keys.checkpoint_public(home).verify(base64.b64decode(str(manifest.get("signature", "")), validate=True),
                                            signed_bytes(manifest))
    except (InvalidSignature, ValueError):
        raise BackupError("备份清单的签名无效（清单或文件被改动，或不是本机签署的备份），拒绝恢复") from None
