"""Audit chain: `verify` time and append overhead per state change with many events stored.

    python bench/audit.py [EVENTS] [CASES]   (default 1,000,000 events about 10,000 cases)

The EVENTS events are built pre-sealed (keyed chain computed here, one case-row digest each) and
bulk-inserted, not made by EVENTS service calls. Then: the p95 of one committed case state change
with its audit event minus the same change without one (5 rounds of 2,000 changes, the median
round; target <= 1 ms), and the
time of `system.verify_audit` over every event (target <= 30 s). The events of the timed changes are
staged in their transaction and sealed by the background sealer meanwhile (`audit_sealer`); the
sealer's own cost per event is measured apart, on 1,000 staged events. Statement by statement:
`bench/audit_profile.py`."""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pyarrow as pa

from portal.services import system
from portal.store import audit, audit_rows, audit_sealer, audit_verify, keys
from portal.store.db import Database

ACTIONS = ("submit", "claim", "pass", "fail", "return", "case.view")


def p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95)]


def build(db: Database, events: int, cases: int) -> None:
    """`cases` case rows and `events` sealed events about them, each recording its case's digest."""
    with db.transaction() as cur:
        cur.execute("INSERT INTO cases (id, candidate_id, exam, level, exam_year, city, state, created_at, updated_at) "
                    "SELECT i, i, 'economics', 'intermediate', 2026, '4301', 'imported', now(), now() "
                    "FROM range(1, $n + 1) t(i)", {"n": cases})
    with db.read() as cur:
        key = keys.audit_key(cur)
        digest_of = dict(cur.execute("SELECT CAST(id AS VARCHAR), digest FROM audit_rows_case").fetchall())
    combined = {k: audit_rows.combine([("case", k, d)]) for k, d in digest_of.items()}
    start, after = dt.datetime(2022, 4, 25, 9, 30), '{"state":"in_review"}'
    cols: dict[str, list] = {c: [] for c in ("seq", "occurred", "actor", "action", "entity_id", "prev_hash", "hash",
                                             "row_digest", "digest")}
    prev = audit.GENESIS
    for s in range(1, events + 1):
        cid, at, actor, action = str(1 + s % cases), start + dt.timedelta(seconds=s), f"user:{100 + s % 20}", ACTIONS[s % 6]
        text = audit_verify._text(s, at, actor, "reviewer", action, "case", cid, None, after, combined[cid])
        digest = hmac.digest(key, (prev + text).encode("utf-8"), hashlib.sha256).hex()
        for name, value in zip(cols, (s, at, actor, action, cid, prev, digest, combined[cid], digest_of[cid])):
            cols[name].append(value)
        prev = digest
    table = pa.table(cols)
    with db.transaction() as cur:
        cur.register("bench_events", table)
        cur.execute("INSERT INTO audit_events (seq, occurred_at, actor, role, action, entity, entity_id, before_json, "
                    "after_json, prev_hash, hash, row_digest) SELECT seq, occurred, actor, 'reviewer', action, 'case', entity_id, "
                    "NULL, $after, prev_hash, hash, row_digest FROM bench_events", {"after": after})
        cur.execute("INSERT INTO audit_row_digests SELECT seq, 'case', entity_id, digest FROM bench_events")
        cur.execute("UPDATE audit_head SET seq = $seq, hash = $hash WHERE id = 1", {"seq": events, "hash": prev})
        cur.unregister("bench_events")


def append_overhead(db: Database, rounds: int = 5, changes: int = 2000, quiet: bool = False) -> float:
    """Alternate bare and audited state changes, `rounds` times; the sealer seals in the background meanwhile.
    Prints each round's p95 overhead and their median; returns that median (ms, wall)."""
    walls, cpus = [], []
    for r in range(rounds):
        bare, audited, bare_cpu, audited_cpu = [], [], [], []
        for n in range(changes):
            t, c = time.perf_counter(), time.thread_time()
            with db.transaction() as cur:
                cur.execute("UPDATE cases SET state = $s WHERE id = 1", {"s": f"s{r}.{n}"})
                if n % 2:
                    audit.append(cur, actor="user:1", role="reviewer", action="bench", entity="case", entity_id=1,
                                 before={"state": "x"}, after={"state": f"s{r}.{n}"})
            (audited if n % 2 else bare).append(time.perf_counter() - t)
            (audited_cpu if n % 2 else bare_cpu).append(time.thread_time() - c)
        walls.append(p95(audited) - p95(bare))
        cpus.append(p95(audited_cpu) - p95(bare_cpu))
        if quiet:
            continue
        print(f"append round {r + 1}: state change p95 {p95(bare) * 1e3:.2f} ms bare, {p95(audited) * 1e3:.2f} ms "
              f"with its event; overhead p95 {walls[-1] * 1e3:.2f} ms wall, {cpus[-1] * 1e3:.2f} ms CPU of the "
              f"changing thread; medians {statistics.median(bare) * 1e3:.2f} / {statistics.median(audited) * 1e3:.2f} ms")
    if not quiet:
        print(f"append: overhead p95, median of {rounds} rounds of {changes} changes: "
              f"{statistics.median(walls) * 1e3:.2f} ms wall, {statistics.median(cpus) * 1e3:.2f} ms CPU (target <= 1 ms)")
    return statistics.median(walls) * 1e3


def threads_effect(db: Database, pairs: int = 3) -> None:
    """The same overhead with DuckDB's threads at the portal's setting and at one per core, rounds
    interleaved in this one process (why the portal runs DuckDB on one thread: `db.duckdb_config`)."""
    with db.read() as cur:
        mine = cur.execute("SELECT current_setting('threads')").fetchone()[0]
    cores = os.cpu_count() or 1
    if cores == mine:
        return
    got: dict[int, list[float]] = {mine: [], cores: []}
    for i in range(pairs):
        for threads in (mine, cores) if i % 2 else (cores, mine):
            db._con.execute(f"SET threads = {threads}")
            got[threads].append(append_overhead(db, rounds=1, quiet=True))
    db._con.execute(f"SET threads = {mine}")
    print(f"append overhead p95 by DuckDB threads, {pairs} interleaved rounds each: {mine} thread "
          f"{statistics.median(got[mine]):.2f} ms, {cores} threads {statistics.median(got[cores]):.2f} ms "
          f"(ratio {statistics.median(got[cores]) / statistics.median(got[mine]):.2f})")


def sealing_cost(db: Database, events: int = 1000) -> None:
    """Stage `events` audited changes with the background sealer held off, then seal them in one flush."""
    held, audit_sealer.committed = audit_sealer.committed, lambda db: None
    try:
        for n in range(events):
            with db.transaction() as cur:
                cur.execute("UPDATE cases SET state = $s WHERE id = $id", {"s": f"t{n}", "id": 1 + n % 50})
                audit.append(cur, actor="user:1", role="reviewer", action="bench", entity="case", entity_id=1 + n % 50,
                             before={"state": "x"}, after={"state": f"t{n}"})
    finally:
        audit_sealer.committed = held
    t, c = time.perf_counter(), time.process_time()
    sealed = audit_sealer.flush(db)
    took, cpu = time.perf_counter() - t, time.process_time() - c
    print(f"sealer: {sealed} staged events (50 cases) sealed in {took:.2f} s wall, {cpu:.2f} s CPU, "
          f"{took / max(sealed, 1) * 1e3:.2f} ms per event, in transactions of <= {audit_sealer.BATCH}")


def main(events: int, cases: int) -> None:
    print(f"load before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    db = Database(Path(tempfile.mkdtemp(prefix="bench-audit-")))
    db.migrate()
    t = time.perf_counter()
    build(db, events, cases)
    print(f"setup: {events} sealed events about {cases} cases built in {time.perf_counter() - t:.1f} s")
    append_overhead(db)
    threads_effect(db)
    audit_sealer.flush(db)
    sealing_cost(db)
    t, cpu = time.perf_counter(), time.process_time()
    n, why = system.verify_audit(db, system.operator())
    took, cpu = time.perf_counter() - t, time.process_time() - cpu
    print(f"verify: {n} events in {took:.1f} s wall, {cpu:.1f} s CPU ({why or 'ok'}); target <= 30 s, "
          f"ratio {took / 30:.2f}; load after {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000, int(sys.argv[2]) if len(sys.argv) > 2 else 10_000)
