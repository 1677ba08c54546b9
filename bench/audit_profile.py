"""Where the append overhead goes: one committed case state change with and without its audit event,
timed statement by statement through the real `audit.stage` (in the change's transaction) and
`audit.seal_staged` (the sealer's, BATCH staged events per transaction), on the `bench/audit.py` database.

    python bench/audit_profile.py [EVENTS] [CASES] [CHANGES] [DECISIONS] [BATCH]
    (default 1,000,000 / 10,000 / 600 / 0 / 20)

DECISIONS review operations spread over the cases are stored too (a case event digests its case's).

DuckDB runs on one thread here, so each statement's CPU time is the calling thread's (`thread_time`)
and adds up; the wall time of COMMIT also holds the write-ahead log's fsync. Prints the median and
p95 per step (CPU unless marked wall), and the sum of the statements in the change's transaction."""
from __future__ import annotations

import importlib.util
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from portal.store import audit, clock  # noqa: E402
from portal.store.db import Database  # noqa: E402
from portal.store.queries import QUERIES_DIR, q  # noqa: E402

_spec = importlib.util.spec_from_file_location("bench_audit", Path(__file__).with_name("audit.py"))
bench_audit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_audit)
NAMES = {q(p.stem): p.stem for p in QUERIES_DIR.glob("*.sql")}


class Timed:
    """A cursor whose statements (execute, then the fetch of their result) are timed by query name."""

    def __init__(self, cur, times):
        self.cur, self.times = cur, times

    def execute(self, sql, params=None):
        name, t = NAMES.get(sql, sql[:30]), time.thread_time()
        self.cur.execute(sql, params)
        self.times[name].append(time.thread_time() - t)
        self.last = self.times[name]
        return self

    def _fetched(self, fetch):
        t = time.thread_time()
        value = fetch()
        self.last[-1] += time.thread_time() - t
        return value

    def fetchone(self):
        return self._fetched(self.cur.fetchone)

    def fetchall(self):
        return self._fetched(self.cur.fetchall)


def ms(values, at):
    return sorted(values)[int(len(values) * at)] * 1e3


def main(events: int, cases: int, changes: int, decisions: int, batch: int) -> None:
    db = Database(Path(tempfile.mkdtemp(prefix="bench-audit-profile-")))
    db.migrate()
    bench_audit.build(db, events, cases)
    with db.transaction() as cur:
        cur.execute("INSERT INTO review_ops (id, case_id, op, actor_id, done_at, before_json, after_json) "
                    "SELECT i, 1 + i % $cases, 'pass', 101, now(), '{}', '{}' FROM range(1, $n + 1) t(i)",
                    {"cases": cases, "n": decisions})
    times: dict[str, list[float]] = defaultdict(list)
    cur = db._cursor()
    cur.execute("SET threads = 1")
    audit.CURRENT_DB.set(db)  # as inside `db.transaction()`: the key is found from the Database
    db.audit_last_seq = cur.execute(q("select_audit_last_seq")).fetchone()[0]
    for n in range(changes):
        audited = n % 2 == 1
        t = time.thread_time()
        cur.execute("BEGIN TRANSACTION")
        cur.execute("UPDATE cases SET state = $s WHERE id = 1", {"s": f"s{n}"})
        times["begin + state change"].append(time.thread_time() - t)
        if audited:
            t = time.thread_time()
            event = {"at": clock.now(), "actor": "user:1", "role": "reviewer", "action": "bench", "entity": "case",
                     "entity_id": "1", "before_json": audit.canonical({"state": "x"}),
                     "after_json": audit.canonical({"state": f"s{n}"})}
            times["append (Python)"].append(time.thread_time() - t)
            t = time.thread_time()
            audit.stage(Timed(cur, times), db, event)
            times["stage, in all"].append(time.thread_time() - t)
        t, wall = time.thread_time(), time.perf_counter()
        cur.execute("COMMIT")
        db.audit_last_seq += db.audit_txn_events
        db.audit_txn_events = 0
        times[f"COMMIT {'with' if audited else 'without'} the event"].append(time.thread_time() - t)
        times[f"COMMIT {'with' if audited else 'without'} the event (wall)"].append(time.perf_counter() - wall)
    seals: dict[str, list[float]] = defaultdict(list)
    while True:  # what the background sealer does with the staged events, batch by batch
        t = time.thread_time()
        cur.execute("BEGIN TRANSACTION")
        sealed = audit.seal_staged(Timed(cur, seals), batch)
        cur.execute("COMMIT")
        if not sealed:
            break
        seals["seal a batch, in all"].append(time.thread_time() - t)
        seals["seal, per event"].append((time.thread_time() - t) / sealed)
    for name, values in list(times.items()) + list(seals.items()):
        print(f"{name:42s} median {ms(values, .5):6.3f} ms, p95 {ms(values, .95):6.3f} ms (n={len(values)})")
    stage_sql = sum(statistics.median(v) for k, v in times.items() if k in NAMES.values())
    print(f"in the change's transaction, statements' sum of medians: {stage_sql * 1e3:.3f} ms CPU; "
          f"the sealer's batches of {batch} off it")
    db.close()


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:6]]
    main(*(args + [1_000_000, 10_000, 600, 0, 20][len(args):]))
