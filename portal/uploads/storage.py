"""Content-addressed file store: uploads/<aa>/<sha256>. A file appears under its name only complete:
it is written to a temporary file in the same directory, fsynced, then renamed over."""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


def stored_path(home: str | Path, sha256: str) -> Path:
    return Path(home) / "uploads" / sha256[:2] / sha256


def store(home: str | Path, data: bytes) -> tuple[str, Path]:
    """(sha256, path) of the stored bytes; storing the same bytes twice writes once."""
    digest = hashlib.sha256(data).hexdigest()
    path = stored_path(home, digest)
    if path.is_file() and path.stat().st_size == len(data):
        return digest, path
    for folder in (path.parent.parent, path.parent):  # owner-only, whatever the umask
        folder.mkdir(mode=0o700, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".part-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)  # the rename itself must survive a crash
    finally:
        os.close(dir_fd)
    return digest, path
