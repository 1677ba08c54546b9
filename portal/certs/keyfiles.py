"""Private files under PORTAL_HOME/keys: owner-only folders and files, written whole or not at all,
refused when others may read them, and a lock shared by the portal and the command line."""
from __future__ import annotations

import contextlib
import fcntl
import os
import tempfile
from pathlib import Path


def folder(home, *parts: str) -> Path:
    """PORTAL_HOME/keys/<parts…>, each level created 0700."""
    path = Path(home) / "keys"
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    for part in parts:
        path = path / part
        path.mkdir(mode=0o700, exist_ok=True)
    return path


def read_private(path: Path) -> bytes:
    mode = path.stat().st_mode & 0o777
    if mode & 0o077:
        raise PermissionError(f"签名私钥 {path} 的权限为 {mode:o}，应只允许所有者读写（600）")
    return path.read_bytes()


def write(path: Path, data: bytes) -> None:
    """Write to a private (0600) temp file in the same folder, then rename: complete or absent."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def locked(path: Path):
    """An exclusive lock on `path/.lock`, across threads and processes."""
    fd = os.open(path / ".lock", os.O_CREAT | os.O_RDWR, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)
