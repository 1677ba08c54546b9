"""Migration runner: applies sql/migrations/NNNN_<what>.sql in order, each file in one transaction
together with its bookkeeping row; refuses a database whose schema is newer than this code."""
from __future__ import annotations

import re
from pathlib import Path

from portal.store.queries import q

MIGRATIONS_DIR = Path(__file__).parent / "sql" / "migrations"
_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


class SchemaTooNew(RuntimeError):
    """The database was written by a newer version of the portal."""


def available() -> list[tuple[int, Path]]:
    found = []
    for path in sorted(MIGRATIONS_DIR.glob("*.sql")):
        m = _NAME.match(path.name)
        if not m:
            raise ValueError(f"migration file name must be NNNN_<what>.sql: {path.name}")
        found.append((int(m.group(1)), path))
    numbers = [n for n, _ in found]
    if len(set(numbers)) != len(numbers):
        raise ValueError(f"duplicate migration numbers in {MIGRATIONS_DIR}")
    return found


def current_version(cur) -> int:
    cur.execute(q("create_schema_migrations"))
    return cur.execute(q("select_schema_version")).fetchone()[0]


def apply(db) -> int:
    """Apply pending migrations; return the resulting schema version."""
    known = available()
    latest = max((n for n, _ in known), default=0)
    with db.transaction() as cur:
        version = current_version(cur)
        applied = {r[0] for r in cur.execute(q("select_applied_migrations")).fetchall()}
    if version > latest:
        raise SchemaTooNew(
            f"数据库结构版本 {version} 高于本程序支持的版本 {latest}，请升级程序 "
            f"(database schema {version} is newer than this code's {latest})")
    for number, path in known:
        if number in applied:
            continue
        with db.transaction() as cur:
            cur.execute(path.read_text(encoding="utf-8"))
            cur.execute(q("insert_schema_migration"), {"version": number, "name": path.name})
    return max(version, latest)
