"""What a refused call must not change: row counts of every table, the audit events, the files under
PORTAL_HOME (and beside a file database)."""
from __future__ import annotations

from pathlib import Path

from portal.config import portal_home
from portal.store import audit_sealer


def tables(db) -> list[str]:
    with db.read() as cur:
        return [r[0] for r in cur.execute("SELECT table_name FROM information_schema.tables "
                                          "WHERE table_schema = 'main' ORDER BY table_name").fetchall()]


def state(db) -> dict:
    """Counts per table, the last audit event and every file's path and size (staged events sealed first)."""
    audit_sealer.flush(db)
    with db.read() as cur:
        counts = {t: cur.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables(db)}
        head = cur.execute("SELECT seq, hash FROM audit_head").fetchone()
    roots = {portal_home()} | ({Path(db.home)} if db.home else set())
    files = sorted((str(p), p.stat().st_size) for root in roots for p in root.rglob("*") if p.is_file())
    return {"rows": counts, "audit": head, "files": files}


def changes(before: dict, after: dict) -> dict:
    """Only what differs (empty when nothing was written)."""
    diff = {t: (n, after["rows"].get(t)) for t, n in before["rows"].items() if after["rows"].get(t) != n}
    if before["audit"] != after["audit"]:
        diff["audit_head"] = (before["audit"], after["audit"])
    if before["files"] != after["files"]:
        diff["files"] = sorted(set(after["files"]) ^ set(before["files"]))
    return diff
