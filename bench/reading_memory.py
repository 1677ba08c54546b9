"""The portal process's memory while a reading backlog goes through the real job queue: uploads
(text-layer PDFs, read by pdfplumber in about 0.01 s, no OCR) validated, stored and queued as an
upload is, the real dispatcher, one real worker process (or `--canned`: a recorded reading returned
at once, no worker) and the real result-writing path. Prints RSS at the start, every `--every`
documents and at the end, the slope after `--warmup` documents, DuckDB's own memory, Python objects
and the top Python allocation sites grown between the warm-up and the end (tracemalloc).

    python bench/reading_memory.py [--docs 2000] [--every 200] [--warmup 200] [--canned] [--no-trace]
    python bench/reading_memory.py --canned --no-trace --docs 10000 --every 1000 --warmup 1000   # the long curve
    python bench/reading_memory.py --canned --scans --seed 5000 --views 100 --slots 2   # as bench/reading.py
    PORTAL_DUCKDB_MEMORY=512MB python bench/reading_memory.py      # with a DuckDB memory limit

At the end it prints RSS after malloc_trim, after CHECKPOINT and after closing the database: what
closing gives back was held by DuckDB, outside what duckdb_memory() counts as well as inside.
"""
from __future__ import annotations

import argparse
import ctypes
import gc
import os
import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parents[1])  # the repository, not bench/ (its queue.py is no stdlib queue)

from bench.reading_load import views  # noqa: E402
from bench.reading_measure import NAMES, RssPeak, duckdb_mb, rss_mb, scans  # noqa: E402
from portal.docgen import render  # noqa: E402
from portal.jobs import dispatcher  # noqa: E402
from portal.jobs.pool import Worker  # noqa: E402
from portal.services import processing, system  # noqa: E402
from portal.services.documents import reading_jobs, uploads  # noqa: E402
from portal.services.people.auth import Principal  # noqa: E402
from portal.store.db import open_database  # noqa: E402
from portal.store.seed import seed_submitted_cases  # noqa: E402

READ = "portal.jobs.work:read"


def text_pdfs(n: int) -> list[bytes]:
    return [render("application_form", {"name": NAMES[i % 16] + "某" + NAMES[(i // 16) % 16],
                                        "id_number": "430103199205063526", "phone": f"139{i:08d}",
                                        "employer": "长沙银行股份有限公司"}, fmt="pdf") for i in range(n)]


class Canned:
    """An executor answering every job at once with one reading recorded from a real worker."""

    def __init__(self, reading: dict, name: str = "canned"):
        self.reading, self.name = reading, name

    def run(self, function: str, payload: dict) -> dict:
        import copy
        result = copy.deepcopy(self.reading)
        result["file"] = payload.get("file")
        for finding in result["findings"]:
            finding["file"] = payload.get("file")
        return result

    def stop(self) -> None:
        pass


def threads(db) -> int:
    with db.read() as cur:
        return cur.execute("SELECT current_setting('threads')").fetchone()[0]


def wal_mb(db) -> float:
    wal = Path(db.path + ".wal")
    return wal.stat().st_size / 2**20 if wal.exists() else 0.0


def sample(db, docs: int, trace: bool, batch_s: float = 0.0) -> dict:
    gc.collect()
    duck, limit, tags = duckdb_mb(db)
    traced = tracemalloc.get_traced_memory()[0] / 2**20 if trace else 0.0
    s = {"docs": docs, "rss": rss_mb(), "duck": duck, "py": traced, "objects": len(gc.get_objects())}
    top = ", ".join(f"{t} {mb:.1f}" for t, mb in tags)
    print(f"docs {docs:5d}: RSS {s['rss']:6.1f} MB  DuckDB {duck:6.1f} MB (limit {limit}; {top})  "
          f"Python traced {traced:6.1f} MB  objects {s['objects']}  WAL {wal_mb(db):.1f} MB  batch {batch_s:.1f} s")
    return s


def slope(samples: list[dict], key: str) -> float:
    """Least-squares MB per 1000 documents."""
    xs, ys = [s["docs"] for s in samples], [s[key] for s in samples]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return 1000 * sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / den if den else 0.0


def distinct(files: list[bytes], kind: str, i: int) -> tuple[str, bytes]:
    """The i-th upload's name and bytes: a base file made distinct (a PDF comment, or padding after a PNG's end)."""
    base = files[i % len(files)]
    return (f"form{i}.pdf", base + b"\n%" + str(i).encode() + b"\n") if kind == "pdf" else (
        f"scan{i}.png", base + b"\0" * (i // len(files)))


def push(db, files: list[bytes], kind: str, start: int, n: int) -> None:
    """n uploads (distinct bytes), queued for reading as an upload is, then read by the dispatcher."""
    ids = []
    for i in range(start, start + n):
        name, data = distinct(files, kind, i)
        up = uploads.upload(db, system.operator(), filename=name, data=data)
        with db.transaction() as cur:
            ids.append(reading_jobs.enqueue(cur, up["id"]))
        dispatcher.running(db).notify()
    dispatcher.running(db).wait(ids)


def main() -> int:
    sys.stdout.reconfigure(line_buffering=True)
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--every", type=int, default=200, help="documents per batch (a sample after each)")
    ap.add_argument("--warmup", type=int, default=200, help="documents before the slope and allocation diff")
    ap.add_argument("--seed", type=int, default=0, help="submitted cases seeded first (bench/reading.py: 5000)")
    ap.add_argument("--views", type=int, default=0, help="reviewer queue + case views after each batch (needs --seed)")
    ap.add_argument("--canned", action="store_true", help="no worker: a recorded reading returned at once")
    ap.add_argument("--scans", action="store_true", help="PNG scans as bench/reading.py uploads (OCR'd unless --canned)")
    ap.add_argument("--slots", type=int, default=1, help="dispatcher slots with --canned (the real pool has 1 per core)")
    ap.add_argument("--no-trace", action="store_true", help="no tracemalloc (RSS without its overhead)")
    ap.add_argument("--top", type=int, default=12)
    args = ap.parse_args()
    os.environ["PORTAL_WORKERS"] = "1"
    home = Path(tempfile.mkdtemp(prefix="reading-memory-"))
    db = open_database(home / "portal")
    if args.seed:
        seed_submitted_cases(db, args.seed, cities=["4301"], prefix="B")
    with db.read() as cur:
        case_ids = [r[0] for r in cur.execute("SELECT id FROM cases ORDER BY id LIMIT 50").fetchall()]
    me = Principal(1000, "reviewer", ("4301",), "审核员")
    if args.views and case_ids:
        views(db, me, case_ids, args.views)  # the views' caches warmed before the first sample
    kind = "png" if args.scans else "pdf"
    files = [p.read_bytes() for p in scans(16, home)] if args.scans else text_pdfs(16)
    if args.canned:
        probe = home / f"probe.{kind}"
        probe.write_bytes(files[0])
        worker = Worker("probe")
        reading = worker.run(READ, {"path": str(probe)})
        worker.stop()
        processing.executors = lambda: [Canned(reading, f"canned-{i}") for i in range(args.slots)]
    processing.start(db)
    push(db, files, kind, 0, 5)  # the worker started, its models and the portal's imports loaded
    trace = not args.no_trace
    if trace:
        tracemalloc.start(8)
    print(f"{kind} uploads, {'canned readings' if args.canned else 'one worker process'}, {args.seed} cases seeded, "
          f"tracemalloc {'on' if trace else 'off'}; DuckDB threads {threads(db)}")
    samples, done, snap, t0 = [sample(db, 0, trace)], 0, None, time.perf_counter()
    with RssPeak() as peak:
        while done < args.docs:
            n = min(args.every, args.docs - done)
            t = time.perf_counter()
            push(db, files, kind, 5 + done, n)
            done += n
            batch_s = time.perf_counter() - t
            if args.views:
                views(db, me, case_ids, args.views)
            samples.append(sample(db, done, trace, batch_s))
            if trace and snap is None and done >= args.warmup:
                snap = tracemalloc.take_snapshot()
    elapsed = time.perf_counter() - t0
    after = [s for s in samples if s["docs"] >= args.warmup]
    start, end = samples[0], samples[-1]
    print(f"{done} documents in {elapsed:.0f} s; RSS start {start['rss']:.1f} MB, peak {peak.peak:.1f} MB, "
          f"end {end['rss']:.1f} MB")
    if len(after) > 1:
        print(f"slope after {args.warmup} documents, per 1000 documents: RSS {slope(after, 'rss'):+.1f} MB, "
              f"DuckDB {slope(after, 'duck'):+.1f} MB, Python traced {slope(after, 'py'):+.1f} MB, "
              f"objects {slope(after, 'objects'):+.0f}")
    else:
        print("no slope: fewer than two samples after the warm-up (a smaller --every gives them)")
    if trace and snap is not None:
        print(f"top Python allocation growth, documents {args.warmup} -> {done} (tracemalloc's own "
              f"{tracemalloc.get_tracemalloc_memory() / 2**20:.1f} MB is in the RSS):")
        diff = tracemalloc.take_snapshot().compare_to(snap, "traceback")
        for stat in diff[: args.top]:
            frames = [f"{Path(f.filename).name}:{f.lineno}" for f in reversed(stat.traceback)][:5]
            print(f"  {stat.size_diff / 2**10:+9.1f} KiB {stat.count_diff:+7d} blocks  {' <- '.join(frames)}")
    processing.stop(db)
    gc.collect()
    ctypes.CDLL("libc.so.6").malloc_trim(0)  # free heap pages glibc kept: what fragmentation held
    print(f"after stopping the dispatcher and malloc_trim, the database open: RSS {rss_mb():.1f} MB")
    with db.read() as cur:
        cur.execute("CHECKPOINT")
    ctypes.CDLL("libc.so.6").malloc_trim(0)
    print(f"after CHECKPOINT and malloc_trim, the database open: RSS {rss_mb():.1f} MB, DuckDB {duckdb_mb(db)[0]:.1f} MB")
    db.close()
    ctypes.CDLL("libc.so.6").malloc_trim(0)
    print(f"after closing the database and malloc_trim: RSS {rss_mb():.1f} MB")
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
