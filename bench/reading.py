"""Reading benchmark: documents read off the web process. Prints, in one run, medians of repeated runs:

- pages/s with 1 and 2 local workers (target >= 1.8x) and on a local 2-CPU Ray (target within 10 %
  of the local pool), with the CPU seconds per page the workers spent, the cores they got and the
  cores other processes used meanwhile (a shared machine lowers the speed-up; CPU per page does not);
- a reviewer's queue page + case view p95 while 8 uploads are being read against idle (target <= 1.5x),
  idle and loaded rounds interleaved;
- a backlog of uploads through the job queue: completion time, latency p50/p95 from upload to fields
  saved (what the page shows at its next refresh), the portal process's CPU per document;
- this (portal) process's RSS before and its peak during the reading (target: flat).

    python bench/reading.py [--docs 8] [--repeat 3] [--rounds 3] [--backlog 24] [--views 100] [--no-ray]
    python bench/reading.py --docs 40 --backlog 2000 --views 1000      # the full sizes
"""
from __future__ import annotations

import argparse
import ctypes
import gc
import os
import statistics
import sys
import tempfile
import threading
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parents[1])  # the repository, not bench/ (its queue.py is no stdlib queue)

from bench.reading_load import backlog, view_rounds  # noqa: E402
from bench.reading_measure import CpuWindow, RssPeak, duckdb_mb, rss_mb, scans  # noqa: E402
from portal.jobs import ray_pool  # noqa: E402
from portal.jobs.pool import Worker  # noqa: E402
from portal.services import processing  # noqa: E402
from portal.services.people.auth import Principal  # noqa: E402
from portal.store.db import open_database  # noqa: E402
from portal.store.seed import seed_submitted_cases  # noqa: E402

READ = "portal.jobs.work:read"


def throughput(runners: list, pids: list, files: list[Path]) -> dict:
    """Pages/s of reading `files` with one thread per runner, and the CPU the runners' processes used."""
    todo, lock = list(files), threading.Lock()

    def loop(fn):
        while True:
            with lock:
                if not todo:
                    return
                path = todo.pop()
            fn(READ, {"path": str(path)})
    window = CpuWindow(pids).start()
    threads = [threading.Thread(target=loop, args=(fn,)) for fn in runners]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    m = window.stop()
    return m | {"rate": len(files) / m["wall"], "cpu_per_page": m["ours_cpu"] / len(files)}


def median_of(runs: list[dict]) -> dict:
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]}


def local_rates(files, repeat) -> dict[int, dict]:
    workers = [Worker(f"bench-{i}") for i in range(2)]
    for w in workers:  # models loaded before timing
        w.run(READ, {"path": str(files[0])})
    runs = {1: [], 2: []}
    for _ in range(repeat):  # interleaved, so a change in the machine's load hits both alike
        for n in (1, 2):
            runs[n].append(throughput([w.run for w in workers[:n]], [w.pid for w in workers[:n]], files))
    for w in workers:
        w.stop()
    return {n: median_of(r) for n, r in runs.items()}


def ray_rate(files, repeat) -> dict:
    import ray
    ray_pool.connect(None)
    execs = [ray_pool.RayExecutor(f"ray-{i}", a) for i, a in enumerate(ray_pool.actors(2))]
    for e in execs:
        e.run(READ, {"path": str(files[0])})
    pids = [ray.get(e.actor.pid.remote()) for e in execs]
    out = median_of([throughput([e.run for e in execs], pids, files) for _ in range(repeat)])
    ray.shutdown()
    return out


def describe(m: dict) -> str:
    return (f"{m['rate']:.2f} pages/s (CPU {m['cpu_per_page']:.2f} s/page, workers got {m['ours_cores']:.2f} cores, "
            f"other processes {m['others_cores']:.2f})")


def main() -> int:
    sys.stdout.reconfigure(line_buffering=True)
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=8, help="documents per throughput run")
    ap.add_argument("--repeat", type=int, default=3, help="throughput runs per configuration (medians shown)")
    ap.add_argument("--rounds", type=int, default=3, help="idle / 8-uploads-reading view rounds (medians shown)")
    ap.add_argument("--backlog", type=int, default=24, help="uploads in the backlog run (the full size: 2000)")
    ap.add_argument("--views", type=int, default=100, help="queue + case views per round and state")
    ap.add_argument("--no-ray", action="store_true")
    args = ap.parse_args()
    print(f"load average at the start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; workers at nice "
          f"{os.environ.get('PORTAL_WORKER_NICE', 10)}")
    home = Path(tempfile.mkdtemp(prefix="reading-bench-"))
    files = scans(max(args.docs, 8), home)
    rates = local_rates(files[: args.docs], args.repeat)
    one, two = rates[1], rates[2]
    print(f"local pool, 1 worker:  {describe(one)}")
    print(f"local pool, 2 workers: {describe(two)}")
    print(f"  speed-up {two['rate'] / one['rate']:.2f}x (target >= 1.8x); the workers got {two['ours_cores']:.2f} "
          f"cores against {one['ours_cores']:.2f} ({two['ours_cores'] / one['ours_cores']:.2f}x), CPU per page with "
          f"2 workers {two['cpu_per_page'] / one['cpu_per_page']:.2f}x that with 1 (about 1: they do not slow each "
          "other; the speed-up is what the cores given allow)")
    if not args.no_ray:
        ray = ray_rate(files[: args.docs], args.repeat)
        print(f"local 2-CPU Ray:       {describe(ray)}, {ray['rate'] / two['rate']:.0%} of the local pool "
              f"(target >= 90 %)")
    db = open_database(home / "portal")
    seed_submitted_cases(db, 5000, cities=["4301"], prefix="B")
    with db.read() as cur:
        case_ids = [r[0] for r in cur.execute("SELECT id FROM cases ORDER BY id LIMIT 50").fetchall()]
    me = Principal(1000, "reviewer", ("4301",), "审核员")
    base_rss, base_duck = rss_mb(), duckdb_mb(db)[0]
    processing.start(db)
    with RssPeak() as rss:
        view_rounds(db, me, case_ids, files, args.rounds, args.views)
        warm_rss, warm_duck = rss_mb(), duckdb_mb(db)[0]
        if args.backlog:
            backlog(db, files, args.backlog)
    end_rss, end_duck = rss_mb(), duckdb_mb(db)[0]
    print(f"portal process RSS: {base_rss:.0f} MB before reading, peak {rss.peak:.0f} MB while "
          f"{args.rounds * 8 + args.backlog} documents were read (OCR memory is in the workers)")
    print(f"  RSS / DuckDB's own memory (duckdb_memory()): before {base_rss:.0f} / {base_duck:.0f} MB; after the "
          f"{args.rounds * 8} view-round uploads {warm_rss:.0f} / {warm_duck:.0f} MB; after the backlog {end_rss:.0f} / "
          f"{end_duck:.0f} MB: {end_rss - warm_rss:+.0f} MB of RSS over the backlog, {end_duck - warm_duck:+.0f} MB "
          f"of it counted by DuckDB, {(end_rss - warm_rss) / max(args.backlog, 1) * 1024:.0f} KB per document")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
          "(a shared machine lowers throughput and inflates latencies)")
    processing.stop(db)
    gc.collect()
    ctypes.CDLL("libc.so.6").malloc_trim(0)
    stopped = rss_mb()
    db.close()
    ctypes.CDLL("libc.so.6").malloc_trim(0)
    print(f"  after stopping the dispatcher {stopped:.0f} MB; closing the database gave back "
          f"{stopped - rss_mb():.0f} MB (what DuckDB held, inside and outside duckdb_memory())")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
