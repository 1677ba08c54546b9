"""DuckDB access: one connection per process, a cursor per thread, writes serialised by a lock.

`Database(home | ":memory:")`; `db.transaction()` yields a cursor inside BEGIN/COMMIT (rollback on
exception, re-entrant within a thread); `db.read()` yields the thread's cursor for reads.
`open_database(home)` opens (cached per path) and applies migrations."""
from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import duckdb

from portal.store import audit, audit_anchor, audit_sealer, migrations

DB_FILE = "portal.duckdb"
_open: dict[str, Database] = {}
_open_lock = threading.Lock()


def private_files() -> None:
    """From now on this process creates files 0600 and folders 0700 (the umask gains 077): the
    database, its write-ahead log (created by DuckDB itself, which only the umask reaches), uploads,
    backups and the audit checkpoint hold personal data and are the portal's alone."""
    os.umask(os.umask(0o077) | 0o077)


DEFAULT_THREADS = 1


def duckdb_config() -> dict:
    """PORTAL_DUCKDB_THREADS: DuckDB worker threads in the portal process (default 1: its statements are
    small transactions, and with more threads each one also pays for waking DuckDB's scheduler, about
    0.25 ms here, measured by bench/audit.py; the machine's cores are for the reading workers);
    PORTAL_DUCKDB_MEMORY: DuckDB's memory limit in the portal process, e.g. "512MB" or "10%" (default:
    DuckDB's, 80 % of the machine's RAM); beyond it DuckDB evicts cached blocks and spills to disk. Indexes
    and rows not yet checkpointed stay in memory: a limit too low (32MB) fails queries with Out of Memory."""
    config = {"threads": max(1, int(os.environ.get("PORTAL_DUCKDB_THREADS") or DEFAULT_THREADS))}
    if memory := os.environ.get("PORTAL_DUCKDB_MEMORY", "").strip():
        config["memory_limit"] = memory
    return config


class Database:
    def __init__(self, home: str | Path):
        if str(home) == ":memory:":
            self.path = ":memory:"
        else:
            private_files()
            Path(home).mkdir(mode=0o700, parents=True, exist_ok=True)
            self.path = str(Path(home) / DB_FILE)
        self.home = None if self.path == ":memory:" else Path(home)
        self._con = duckdb.connect(self.path, config=duckdb_config())
        if self.home is not None:  # a file left by an older portal keeps no wider mode
            for name in (DB_FILE, DB_FILE + ".wal"):
                with contextlib.suppress(FileNotFoundError):
                    os.chmod(self.home / name, 0o600)
        self._local = threading.local()
        self._write_lock = threading.RLock()
        self.closed = False  # set by close(): threads working on this database (the dispatcher) then stop
        self.audit_last_seq: int | None = None  # seq of the newest committed event (read at first use)
        self.audit_txn_events = 0  # events staged by the open transaction

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        cur = getattr(self._local, "cur", None)
        if cur is None:
            cur = self._local.cur = self._con.cursor()
        return cur

    @contextmanager
    def transaction(self):
        """One unit of work: commits on success, rolls back on any exception."""
        with self._write_lock:
            cur = self._cursor()
            if getattr(self._local, "depth", 0):
                self._local.depth += 1
                try:
                    yield cur
                finally:
                    self._local.depth -= 1
                return
            self._local.depth = 1
            token = audit.CURRENT_DB.set(self)
            cur.execute("BEGIN TRANSACTION")
            self.audit_txn_events = staged = 0
            try:
                yield cur
                cur.execute("COMMIT")
                staged = self.audit_txn_events
                if staged:
                    self.audit_last_seq += staged
            except BaseException:
                with contextlib.suppress(duckdb.Error):  # the failed COMMIT already ended the transaction
                    cur.execute("ROLLBACK")
                raise
            finally:
                self.audit_txn_events = 0
                self._local.depth = 0
                audit.CURRENT_DB.reset(token)
        if staged:
            audit_sealer.committed(self)

    def drop_cursor(self) -> None:
        """Close this thread's cursor, ending any result it still holds open: a long-lived thread idle
        between runs of periodic work must not keep a transaction alive (it would block CHECKPOINT)."""
        cur = getattr(self._local, "cur", None)
        if cur is not None and not getattr(self._local, "depth", 0):
            self._local.cur = None
            with contextlib.suppress(duckdb.Error):
                cur.close()

    @contextmanager
    def read(self):
        """A cursor for reads; sees only committed data (or this thread's open transaction)."""
        token = audit.READ_DB.set(self)
        try:
            yield self._cursor()
        finally:
            audit.READ_DB.reset(token)

    def migrate(self) -> int:
        """Apply pending migrations, then seal the events a stopped process left staged."""
        version = migrations.apply(self)
        self.audit_last_seq = None
        try:
            audit_sealer.flush(self)
        except RuntimeError as why:  # `audit verify` names the events; the portal still starts
            logging.getLogger(__name__).error("staged audit events not sealed: %s", why)
        return version

    def schema_version(self) -> int:
        with self.read() as cur:
            return migrations.current_version(cur)

    def close(self) -> None:
        with _open_lock:
            for key, db in list(_open.items()):
                if db is self:
                    del _open[key]
        self.closed = True
        self._close()

    def _close(self) -> None:
        """Close the connection; a file database is checkpointed with its file's digest."""
        head = None
        with contextlib.suppress(duckdb.Error, RuntimeError):  # unsealable events stay staged, for verify to name
            audit_sealer.flush(self, closing=True)
        if self.home is not None:
            with contextlib.suppress(duckdb.Error), self.read() as cur:  # unreadable: no head to anchor
                head = cur.execute(audit.q("select_audit_head")).fetchone()
        for attempt in range(100):  # a thread still inside a call (the job dispatcher) sees `closed` and stops
            try:
                self._con.close()
                break
            except duckdb.ResourceInUseException:
                if attempt == 99:
                    raise
                time.sleep(0.05)
        if head is not None:
            audit_anchor.closed(self, head)


def open_database(home: str | Path) -> Database:
    """The process's Database for `home` (created and migrated on first use)."""
    key = ":memory:" if str(home) == ":memory:" else str(Path(home).resolve())
    with _open_lock:
        db = _open.get(key) if key != ":memory:" else None
        if db is None:
            db = Database(home)
            db.migrate()
            if key != ":memory:":
                _open[key] = db
        return db


def close_all() -> None:
    """Close every cached Database (before a restore, or at the end of a test)."""
    with _open_lock:
        dbs = list(_open.values())
        _open.clear()
    for db in dbs:
        db.closed = True
        db._close()
