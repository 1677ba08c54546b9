"""Reading benchmark: documents read off the web process.

Prints, in one run: pages/s with 1 and 2 local workers (target >= 1.8x) and on a local 2-CPU Ray
(target within 10 % of the local pool); a backlog of uploads through the job queue (completion time,
latency p50/p95 from upload to fields saved); a reviewer's queue page + case view p95 while 8 uploads
are being read against idle (target <= 1.5x); this (portal) process's peak RSS during that load.
Scanned images (one page each, read by OCR) are generated; the defaults run in a few minutes.

    python bench/reading.py [--docs 8] [--backlog 24] [--views 200] [--no-ray]
    python bench/reading.py --docs 40 --backlog 2000 --views 1000      # the issue's full sizes
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from portal.docgen import render  # noqa: E402
from portal.jobs import dispatcher, ray_pool  # noqa: E402
from portal.jobs import queue as jobs_queue  # noqa: E402
from portal.jobs.pool import Worker  # noqa: E402
from portal.services import processing, system  # noqa: E402
from portal.services.cases import queue  # noqa: E402
from portal.services.documents import reading_jobs, uploads  # noqa: E402
from portal.services.people.auth import Principal  # noqa: E402
from portal.services.views.cases import get_case  # noqa: E402
from portal.store.db import open_database  # noqa: E402
from portal.store.seed import seed_submitted_cases  # noqa: E402

READ = "portal.jobs.work:read"
NAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭"


def scans(n: int, folder: Path) -> list[Path]:
    paths = []
    for i in range(n):
        path = folder / f"scan{i}.png"
        path.write_bytes(render("application_form", {"name": NAMES[i % 16] + "某" + NAMES[(i // 16) % 16],
                                                     "id_number": "430103199205063526", "phone": f"139{i:08d}",
                                                     "employer": "长沙银行股份有限公司"}))
        paths.append(path)
    return paths


def pct(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def rss_mb(field="VmHWM") -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field):
            return int(line.split()[1]) / 1024
    return 0.0


def throughput(run_fns: list, files: list[Path]) -> float:
    """Pages/s of reading `files` with one thread per runner (each warmed up first)."""
    for fn in run_fns:
        fn(READ, {"path": str(files[0])})
    todo, lock = list(files), threading.Lock()

    def loop(fn):
        while True:
            with lock:
                if not todo:
                    return
                path = todo.pop()
            fn(READ, {"path": str(path)})
    start = time.perf_counter()
    threads = [threading.Thread(target=loop, args=(fn,)) for fn in run_fns]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return len(files) / (time.perf_counter() - start)


def local_rates(files):
    rates = {}
    for n in (1, 2):
        workers = [Worker(f"bench-{i}") for i in range(n)]
        rates[n] = throughput([w.run for w in workers], files)
        for w in workers:
            w.stop()
    return rates


def ray_rate(files) -> float:
    import ray
    ray_pool.connect(None)
    execs = [ray_pool.RayExecutor(f"ray-{i}", a) for i, a in enumerate(ray_pool.actors(2))]
    rate = throughput([e.run for e in execs], files)
    ray.shutdown()
    return rate


def upload_all(db, files, n) -> list[str]:
    ids = []
    for i in range(n):
        data = files[i % len(files)].read_bytes() + b"\0" * (i // len(files))  # distinct bytes, same scan
        up = uploads.upload(db, system.operator(), filename=f"scan{i}.png", data=data)
        with db.transaction() as cur:
            ids.append(reading_jobs.enqueue(cur, up["id"]))
    return ids


def backlog(db, files, n) -> tuple[float, list[float]]:
    start = time.perf_counter()
    ids = upload_all(db, files, n)
    dispatcher.running(db).wait(ids)
    elapsed = time.perf_counter() - start
    with db.read() as cur:
        jobs = [jobs_queue.get(cur, i) for i in ids]
    return elapsed, [(j["finished_at"] - j["queued_at"]).total_seconds() for j in jobs]


def views(db, me, case_ids, k) -> list[float]:
    out = []
    for i in range(k):
        t = time.perf_counter()
        queue.queue_page(db, me, size=50)
        get_case(db, me, case_ids[i % len(case_ids)])
        out.append((time.perf_counter() - t) * 1000)
    return out


def main() -> int:
    sys.stdout.reconfigure(line_buffering=True)
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=8, help="documents per throughput run")
    ap.add_argument("--backlog", type=int, default=24, help="uploads in the backlog run (the issue: 2000)")
    ap.add_argument("--views", type=int, default=200, help="queue + case views per measurement")
    ap.add_argument("--no-ray", action="store_true")
    args = ap.parse_args()
    home = Path(tempfile.mkdtemp(prefix="reading-bench-"))
    files = scans(max(args.docs, 8), home)
    rates = local_rates(files[: args.docs])
    print(f"local pool: 1 worker {rates[1]:.2f} pages/s, 2 workers {rates[2]:.2f} pages/s, "
          f"speed-up {rates[2] / rates[1]:.2f}x (target >= 1.8x)")
    if not args.no_ray:
        rate = ray_rate(files[: args.docs])
        print(f"local 2-CPU Ray: {rate:.2f} pages/s, {rate / rates[2]:.0%} of the local pool (target >= 90 %)")
    db = open_database(home / "portal")
    seed_submitted_cases(db, 5000, cities=["4301"], prefix="B")
    with db.read() as cur:
        case_ids = [r[0] for r in cur.execute("SELECT id FROM cases ORDER BY id LIMIT 50").fetchall()]
    me = Principal(1000, "reviewer", ("4301",), "审核员")
    idle = views(db, me, case_ids, args.views)
    base_rss = rss_mb("VmRSS")
    processing.start(db)
    elapsed, latency = backlog(db, files, args.backlog)
    print(f"backlog of {args.backlog} uploads: done in {elapsed:.1f} s ({args.backlog / elapsed:.2f} docs/s), "
          f"latency upload -> fields p50 {statistics.median(latency):.1f} s, p95 {pct(latency, 95):.1f} s")
    ids = upload_all(db, files, 8)
    loaded = views(db, me, case_ids, args.views)
    with db.read() as cur:
        still = sum(jobs_queue.get(cur, i)["state"] != "done" for i in ids)
    dispatcher.running(db).wait(ids)
    ratio = pct(loaded, 95) / pct(idle, 95)
    print(f"reviewer queue + case view: idle p50 {statistics.median(idle):.1f} / p95 {pct(idle, 95):.1f} ms, "
          f"8 uploads being read p50 {statistics.median(loaded):.1f} / p95 {pct(loaded, 95):.1f} ms, "
          f"{ratio:.2f}x (target <= 1.5x; {still} of 8 still unread when sampling ended)")
    print(f"portal process RSS: {base_rss:.0f} MB before reading, peak {rss_mb():.0f} MB after "
          f"{args.backlog + 8} documents read (OCR memory is in the workers)")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
          "(other work on the machine lowers throughput and inflates latencies)")
    processing.stop(db)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
