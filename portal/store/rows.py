"""Running a named query and getting dicts back: the one cursor-to-rows conversion."""
from __future__ import annotations

from portal.store.queries import q


def one(cur, name: str, params: dict | None = None) -> dict | None:
    res = cur.execute(q(name), params or {})
    row = res.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in res.description], row))


def many(cur, name: str, params: dict | None = None) -> list[dict]:
    res = cur.execute(q(name), params or {})
    cols = [d[0] for d in res.description]
    return [dict(zip(cols, row)) for row in res.fetchall()]


def scalar(cur, name: str, params: dict | None = None):
    row = cur.execute(q(name), params or {}).fetchone()
    return None if row is None else row[0]


def dicts(result) -> list[dict]:
    """The rows of an executed statement as dicts keyed by column name."""
    return list(iter_dicts(result))


def iter_dicts(result):
    """The rows of an executed statement as dicts, one at a time (large exports)."""
    cols = [d[0] for d in result.description]
    return (dict(zip(cols, r)) for r in result.fetchall())
