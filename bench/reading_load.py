"""The portal under reading load, for bench/reading.py: uploads queued through the dispatcher, a
reviewer's views timed while they are read (rounds interleaved with idle ones), a backlog's run."""
from __future__ import annotations

import os
import statistics
import time

from bench.reading_measure import CpuWindow, pct
from portal.jobs import dispatcher, inline
from portal.jobs import queue as jobs_queue
from portal.services import system
from portal.services.cases import queue
from portal.services.documents import reading_jobs, uploads
from portal.services.views.cases import get_case

_made = [0]


def upload_all(db, files, n) -> list[str]:
    """n uploads (distinct bytes, the same scans), each queued for reading as an upload is."""
    ids = []
    for _ in range(n):
        i = _made[0] = _made[0] + 1
        data = files[i % len(files)].read_bytes() + b"\0" * (i // len(files))
        up = uploads.upload(db, system.operator(), filename=f"scan{i}.png", data=data)
        with db.transaction() as cur:
            ids.append(reading_jobs.enqueue(cur, up["id"]))
        inline.settle(db, ids[-1:], wait=False)
    return ids


CPU_MS: list[float] = []  # the calling thread's CPU per view (scheduling and other processes excluded)


def views(db, me, case_ids, k) -> list[float]:
    out = []
    CPU_MS.clear()
    for i in range(k):
        t, c = time.perf_counter(), time.thread_time()
        queue.queue_page(db, me, size=50)
        get_case(db, me, case_ids[i % len(case_ids)])
        out.append((time.perf_counter() - t) * 1000)
        CPU_MS.append((time.thread_time() - c) * 1000)
    return out


def _worker_pids(db) -> list[int]:
    return [pid for ex in dispatcher.running(db).executors if (pid := getattr(ex, "pid", None))]


def view_rounds(db, me, case_ids, files, rounds, k) -> None:
    idle95, loaded95, ratios, unread, others, cpu = [], [], [], [], [], {"idle": [], "loaded": []}
    views(db, me, case_ids, 10)  # warm caches
    for _ in range(rounds):
        idle = views(db, me, case_ids, k)
        cpu["idle"].append(pct(CPU_MS, 95))
        ids = upload_all(db, files, 8)
        window = CpuWindow([os.getpid(), *_worker_pids(db)]).start()
        loaded = views(db, me, case_ids, k)
        cpu["loaded"].append(pct(CPU_MS, 95))
        others.append(window.stop()["others_cores"])
        with db.read() as cur:
            unread.append(sum(jobs_queue.get(cur, i)["state"] != "done" for i in ids))
        dispatcher.running(db).wait(ids)
        idle95.append(pct(idle, 95))
        loaded95.append(pct(loaded, 95))
        ratios.append(loaded95[-1] / idle95[-1])
    print(f"reviewer queue + case view p95, median of {rounds} rounds: idle {statistics.median(idle95):.1f} ms, "
          f"8 uploads being read {statistics.median(loaded95):.1f} ms, {statistics.median(ratios):.2f}x "
          f"(target <= 1.5x; rounds {', '.join(f'{r:.2f}x' for r in ratios)}; still unread when each round's "
          f"sampling ended: {unread} of 8; other processes used {statistics.median(others):.2f} cores)")
    print(f"  the view thread's own CPU p95: idle {statistics.median(cpu['idle']):.1f} ms, while reading "
          f"{statistics.median(cpu['loaded']):.1f} ms (wall time above it is waiting for a core or the database)")


def backlog(db, files, n) -> None:
    start = time.perf_counter()
    portal = CpuWindow([os.getpid()]).start()
    ids = upload_all(db, files, n)
    uploaded = time.perf_counter() - start
    dispatcher.running(db).wait(ids)
    elapsed = time.perf_counter() - start
    cpu = portal.stop()["ours_cpu"]
    with db.read() as cur:
        jobs = [jobs_queue.get(cur, i) for i in ids]
    latency = [(j["finished_at"] - j["queued_at"]).total_seconds() for j in jobs]
    failed = sum(j["state"] != "done" for j in jobs)
    print(f"backlog of {n} uploads: uploaded in {uploaded:.1f} s, all read in {elapsed:.1f} s "
          f"({n / elapsed:.2f} docs/s, {failed} failed); latency upload -> fields p50 "
          f"{statistics.median(latency):.1f} s, p95 {pct(latency, 95):.1f} s; portal process CPU "
          f"{cpu / n * 1000:.0f} ms per document (uploads, validation, dispatch, saving)")
