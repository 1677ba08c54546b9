"""Seals staged audit events (`audit.seal_staged`) off the path of the change that made them: one
background thread per process seals a Database's events once its commits have been idle for IDLE
seconds, and at the latest LATEST seconds after its first unsealed commit, in transactions of at
most BATCH events (so the write lock is never held long). `flush(db)` seals everything now; verify,
backup, checkpoint, re-keying, close and process exit call it, and `migrate` seals what a stopped
process left. Until sealed, an event is protected only by the database file's permissions."""
from __future__ import annotations

import atexit
import contextlib
import logging
import os
import threading
import time
import weakref

from portal.store import audit, audit_anchor

IDLE = 0.05
LATEST = 1.0
BATCH = 200
NICE = 10  # the sealer thread's scheduling priority, below request threads

log = logging.getLogger(__name__)
_cond = threading.Condition()
_dirty: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # Database -> (first, last) unsealed commit
_known: weakref.WeakSet = weakref.WeakSet()
_thread: threading.Thread | None = None
_stopping = False  # set at process exit: the thread ends before the interpreter does (see _at_exit)


def committed(db) -> None:
    """`db` committed staged events: seal them soon."""
    global _thread
    now = time.monotonic()
    with _cond:
        waiting = db in _dirty  # the sealer already has a wake-up for it: no need to wake it now
        _dirty[db] = (_dirty[db][0] if waiting else now, now)
        _known.add(db)
        if not _stopping and (_thread is None or not _thread.is_alive()):
            _thread = threading.Thread(target=_run, name="audit-sealer", daemon=True)
            _thread.start()
        if not waiting:
            _cond.notify()


def flush(db, *, closing: bool = False) -> int:
    """Seal every staged event of `db` now (a closed one only while `closing` it); returns how many.
    Raises when they do not follow the head."""
    with _cond:
        _dirty.pop(db, None)
    total = 0
    while True:
        with db._write_lock:
            if db.closed and not closing:
                break
            with db.transaction() as cur:
                n = audit.seal_staged(cur, BATCH)
        if not n:
            break
        total += n
    if total:
        audit_anchor.after_commit(db)
    return total


def flush_all() -> None:
    """Seal the staged events of every Database of this process."""
    for db in list(_known):
        flush(db)


def _due(first: float, last: float) -> float:
    return min(last + IDLE, first + LATEST)


def _run() -> None:
    with contextlib.suppress(OSError, AttributeError):  # Linux: a thread is a task with its own nice value
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), NICE)  # requests first, sealing after
    while True:
        with _cond:
            while not _dirty and not _stopping:
                _cond.wait()
            if _stopping:
                return
            now = time.monotonic()
            due = {db: _due(*span) for db, span in _dirty.items()}
            ready = [db for db, at in due.items() if at <= now]
            if not ready:
                _cond.wait(timeout=max(0.0, min(due.values()) - now))
                continue
            for db in ready:
                _dirty.pop(db, None)
        for db in ready:
            try:
                flush(db)
            except Exception:  # the next flush (verify, close, exit) tries again and reports it
                log.exception("sealing staged audit events failed")
            finally:
                db.drop_cursor()  # an idle sealer must not keep a transaction open


@atexit.register
def _at_exit() -> None:
    """Stop the sealer thread, then seal what is staged. A daemon thread still inside DuckDB when the
    interpreter finalises is unwound through DuckDB's C++ and aborts the process, so it is joined first."""
    global _stopping
    with _cond:
        _stopping = True
        _cond.notify_all()
    thread = _thread
    if thread is not None and thread is not threading.current_thread():
        thread.join(timeout=60)
    for db in list(_known):
        with contextlib.suppress(Exception):  # a closed or broken database at exit: migrate() seals it later
            if not db.closed:
                flush(db)
