"""DuckDB access: one connection per process, a cursor per thread, writes serialised by a lock.

`Database(home | ":memory:")`; `db.transaction()` yields a cursor inside BEGIN/COMMIT (rollback on
exception, re-entrant within a thread); `db.read()` yields the thread's cursor for reads.
`open_database(home)` opens (cached per path) and applies migrations."""
from __future__ import annotations

import contextlib
import os
import threading
from contextlib import contextmanager
from pathlib import Path

import duckdb

from portal.store import audit, migrations

DB_FILE = "portal.duckdb"
_open: dict[str, Database] = {}
_open_lock = threading.Lock()


class Database:
    def __init__(self, home: str | Path):
        if str(home) == ":memory:":
            self.path = ":memory:"
        else:
            Path(home).mkdir(parents=True, exist_ok=True)
            self.path = str(Path(home) / DB_FILE)
        self.home = None if self.path == ":memory:" else Path(home)
        # PORTAL_DUCKDB_THREADS: DuckDB worker threads (default: DuckDB's, one per core).
        threads = os.environ.get("PORTAL_DUCKDB_THREADS")
        self._con = duckdb.connect(self.path, config={"threads": int(threads)} if threads else {})
        self._local = threading.local()
        self._write_lock = threading.RLock()
        self.audit_tail = None  # (seq, hash) of the last committed audit event, see audit.CURRENT_DB

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
            try:
                yield cur
                cur.execute("COMMIT")
            except BaseException:
                self.audit_tail = None
                with contextlib.suppress(duckdb.Error):  # the failed COMMIT already ended the transaction
                    cur.execute("ROLLBACK")
                raise
            finally:
                self._local.depth = 0
                audit.CURRENT_DB.reset(token)

    @contextmanager
    def read(self):
        """A cursor for reads; sees only committed data (or this thread's open transaction)."""
        yield self._cursor()

    def migrate(self) -> int:
        return migrations.apply(self)

    def schema_version(self) -> int:
        with self.read() as cur:
            return migrations.current_version(cur)

    def close(self) -> None:
        with _open_lock:
            for key, db in list(_open.items()):
                if db is self:
                    del _open[key]
        self._con.close()


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
        db._con.close()
