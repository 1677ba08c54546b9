"""When the audit chain's head is checkpointed (`audit_checkpoint`): after a commit at most once per
INTERVAL seconds, at process exit, when the database is closed (then with the file's SHA-256) and
after a restore put a closed database file in place."""
from __future__ import annotations

import atexit
import contextlib
import time
import weakref
from pathlib import Path

from portal.store.audit_checkpoint import file_digest, write
from portal.store.queries import q

INTERVAL = 60.0
_last: dict[str, float] = {}
_open: weakref.WeakSet = weakref.WeakSet()


def after_commit(db) -> None:
    """Checkpoint a file database at most once per INTERVAL seconds of commits."""
    if db.home is None:
        return
    _open.add(db)
    name = str(db.home)
    if time.monotonic() - _last.get(name, -INTERVAL) >= INTERVAL:
        flush(db)


def flush(db) -> None:
    if db.home is None:
        return
    with db.read() as cur:
        write(db.home, cur)
    _last[str(db.home)] = time.monotonic()


def closed(db, head: tuple[int, str]) -> None:
    _open.discard(db)
    with contextlib.suppress(OSError):  # a home that cannot be written to cannot be anchored
        write(db.home, head=head, file=file_digest(Path(db.path)))


def anchor_closed_file(home: Path, db_file: Path) -> dict:
    """Checkpoint a closed database file as it is now (after a restore put it in place)."""
    import duckdb
    con = duckdb.connect(str(db_file), read_only=True)
    try:
        head = con.execute(q("select_audit_head")).fetchone()
    finally:
        con.close()
    return write(home, head=head, file=file_digest(db_file))


@atexit.register
def _at_exit() -> None:
    for db in list(_open):
        with contextlib.suppress(Exception):  # a closed or broken database at exit: nothing to anchor
            flush(db)
