"""Audit chain: append overhead per state change and `verify` time with many events.

    python bench/audit.py [EVENTS]   (default 1,000,000; the append overhead is measured on 2,000)

Prints the p95 of one committed case state change with its audit event minus the same change
without one (target ≤ 1 ms), and the time of `system.verify_audit` over EVENTS events (≤ 30 s)."""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from portal.services import system  # noqa: E402
from portal.store import audit  # noqa: E402
from portal.store.db import Database  # noqa: E402


def p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95)]


def main(events: int) -> None:
    home = Path(tempfile.mkdtemp(prefix="bench-audit-"))
    db = Database(home)
    db.migrate()
    with db.transaction() as cur:  # one case row the state changes are made on
        cur.execute("INSERT INTO cases (id, candidate_id, exam, level, exam_year, city, state, created_at, updated_at) "
                    "VALUES (1, 1, 'economics', 'intermediate', 2026, '4301', 'imported', now(), now())")
    bare, audited = [], []
    for n in range(2000):
        t = time.perf_counter()
        with db.transaction() as cur:
            cur.execute("UPDATE cases SET state = $s WHERE id = 1", {"s": f"s{n}"})
            if n % 2:
                audit.append(cur, actor="user:1", role="reviewer", action="bench", entity="case", entity_id=1,
                             before={"state": "x"}, after={"state": f"s{n}"})
        (audited if n % 2 else bare).append(time.perf_counter() - t)
    print(f"append: state change p95 {p95(bare) * 1e3:.2f} ms bare, {p95(audited) * 1e3:.2f} ms with its event; "
          f"overhead {(p95(audited) - p95(bare)) * 1e3:.2f} ms (target <= 1 ms)")
    t = time.perf_counter()
    with db.transaction() as cur:  # bulk: events about entities without record rows
        batch = [{"at": audit.clock.now(), "actor": "user:1", "role": "admin", "action": "bench", "entity": "note",
                  "entity_id": str(i), "after": {"i": i}, "before_json": None, "after_json": audit.canonical({"i": i})}
                 for i in range(events - 1000)]
        audit.seal(cur, batch)
    print(f"setup: {events - 1000} events sealed in {time.perf_counter() - t:.1f} s")
    t = time.perf_counter()
    n, why = system.verify_audit(db, system.operator())
    took = time.perf_counter() - t
    print(f"verify: {n} events in {took:.1f} s ({why or 'ok'}); target <= 30 s, ratio {took / 30:.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
