"""Keys the store uses, kept outside the database under PORTAL_HOME/keys (0600 files in a 0700
folder, created atomically): the audit chain's HMAC key and the checkpoint-signing Ed25519 key."""
from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import secrets
import tempfile
import threading
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from portal.store.queries import q

AUDIT_KEY = Path("keys") / "audit-hmac-sha256.key"
CHECKPOINT_KEY = Path("keys") / "audit-checkpoint-ed25519.pem"
_lock = threading.Lock()
_cache: dict[str, bytes] = {}
_resolved: dict[str, str] = {}  # a home as given -> its resolved path (resolving costs a syscall per part)
# An in-memory database lives and dies with the process; so does its key.
_MEMORY_KEY = secrets.token_bytes(32)


def write_private(path: Path, data: bytes, replace: bool = False) -> None:
    """Write `data` to a private (0600) temp file in the folder, then put it in place: the file appears
    complete or not at all. Without `replace` it is linked, so a file another process created first is
    kept; with `replace` it is renamed over whatever is there."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".key-")  # mode 0600
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if replace:
            os.replace(tmp, path)
        else:
            with contextlib.suppress(FileExistsError):  # another process created it first: keep that one
                os.link(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):  # renamed into place
            os.unlink(tmp)


def read_private(path: Path, make) -> bytes:
    with _lock:
        if not path.exists():
            write_private(path, make())
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            raise PermissionError(f"密钥文件 {path} 的权限为 {mode:o}，应只允许所有者读写（600）")
        return path.read_bytes()


def home_of(cur) -> Path | None:
    """PORTAL_HOME of the database behind `cur`, None for an in-memory database."""
    path = cur.execute(q("select_database_path")).fetchall()[0][0]
    return Path(path).parent if path else None


def audit_key(cur, db=None) -> bytes:
    """The HMAC key of the database behind `cur` (`db`: its Database, which saves reading its path)."""
    home = db.home if db is not None else home_of(cur)
    if home is None:
        return _MEMORY_KEY
    name = _resolved.get(str(home))
    if name is None:
        name = _resolved[str(home)] = str(home.resolve())
    if name not in _cache:
        _cache[name] = read_private(home / AUDIT_KEY, lambda: secrets.token_bytes(32))
    return _cache[name]


def checkpoint_key(home: Path) -> Ed25519PrivateKey:
    pem = read_private(home / CHECKPOINT_KEY, lambda: Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    return serialization.load_pem_private_key(pem, password=None)


def checkpoint_public(home: Path):
    """The public half of the home's checkpoint key, or None when the home has none yet."""
    path = home / CHECKPOINT_KEY
    if not path.is_file():
        return None
    return serialization.load_pem_private_key(path.read_bytes(), password=None).public_key()


def key_ids(home: Path) -> dict[str, str | None]:
    """Short fingerprints of the home's audit key and checkpoint key (None where absent): the audit
    key's is an HMAC of a fixed label under it (the key itself stays secret), the checkpoint key's
    the SHA-256 of its public key."""
    audit = home / AUDIT_KEY
    public = checkpoint_public(home)
    return {"audit_key": hmac.new(audit.read_bytes(), b"portal audit key id", hashlib.sha256).hexdigest()[:16]
            if audit.is_file() else None,
            "checkpoint_key": hashlib.sha256(public.public_bytes(serialization.Encoding.Raw,
                                                                  serialization.PublicFormat.Raw)).hexdigest()[:16]
            if public is not None else None}


def forget(home: Path) -> None:
    """Drop the cached audit key of `home` (its key file was replaced)."""
    with _lock:
        _cache.pop(str(Path(home).resolve()), None)
        _resolved.clear()
