"""Every key file under PORTAL_HOME/keys (the audit HMAC key, the checkpoint key, the certificate
signing keys with the retired public keys, the PDF signing CA, keys and certificates), read for an
export and written back on import: checked first, then each file 0600 in a 0700 folder, atomically."""
from __future__ import annotations

import os
import re
from pathlib import Path

from portal.store import keys

KEYS = Path("keys")
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,120}")


class KeyFileError(Exception):
    """The key files cannot be read or written as asked; the message says why (Chinese)."""


def collect(home: Path) -> dict[str, bytes]:
    """Relative path (under keys/) -> content of every key file; locks and temp files left out."""
    root = Path(home) / KEYS
    out = {}
    for path in sorted(root.rglob("*")) if root.is_dir() else []:
        rel = path.relative_to(root)
        if path.is_symlink() or not path.is_file() or any(not _NAME.fullmatch(p) for p in rel.parts):
            continue
        out[rel.as_posix()] = path.read_bytes()
    return out


def _target(root: Path, rel: str) -> Path:
    parts = Path(rel).parts
    if not parts or Path(rel).is_absolute() or any(not _NAME.fullmatch(p) for p in parts) or len(parts) > 3:
        raise KeyFileError(f"密钥导出文件中有不安全的路径，未写入任何密钥：{rel[:80]}")
    return root.joinpath(*parts)


def plan(home: Path, files: dict[str, bytes], replace: bool) -> tuple[list[str], list[str]]:
    """(files to write, files already identical); KeyFileError when a different key is in place
    and `replace` is not given, or a path is unsafe. Reads only."""
    root = Path(home) / KEYS
    write, same = [], []
    for rel, data in sorted(files.items()):
        path = _target(root, rel)
        for parent in [path, *path.parents]:
            if parent == root.parent:
                break
            if parent.is_symlink():
                raise KeyFileError(f"密钥目录中有符号链接，未写入任何密钥：{parent}")
        if path.exists() and not path.is_file():
            raise KeyFileError(f"密钥目录中 {rel} 不是文件，未写入任何密钥")
        if path.is_file() and path.read_bytes() == data:
            same.append(rel)
        elif path.is_file() and not replace:
            raise KeyFileError(f"本机已有不同的密钥 {rel}，未写入任何密钥（确认要替换时加 --replace）")
        else:
            write.append(rel)
    return write, same


def install(home: Path, files: dict[str, bytes], names: list[str]) -> None:
    """Write `names` of `files` under keys/: each 0600 in a 0700 folder, atomically, replacing what is there."""
    root = Path(home) / KEYS
    for rel in names:
        path = _target(root, rel)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        for folder in [path.parent, *path.parent.parents]:
            if folder == root.parent:
                break
            os.chmod(folder, 0o700)
        keys.write_private(path, files[rel], replace=True)
    keys.forget(home)
