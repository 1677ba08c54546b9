"""Benchmark: 1,000,000 generated candidates judged by the polars batch path (median of several
runs) vs the scalar path on a sample. Prints rows/s and the speed-up. Target: ≤ 3 s."""
from __future__ import annotations

import os
import sys

# `python bench/eligibility.py` puts bench/ first on sys.path, where bench/queue.py would shadow
# the standard library's queue module (which polars imports).
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _HERE]

import random
import statistics
import time

import polars as pl

from rules import evaluate_frame
from rules.aliases import EXAM_LEVELS
from rules.judge import evaluate_row
from rules.validate import COLUMNS

N, RUNS, SAMPLE = 1_000_000, 5, 20_000
EDUCATION = ["high_school", "secondary", "junior_college", "bachelor", "second_bachelor", "master", "doctor"]


def make_candidates(n: int, seed: int = 7) -> pl.DataFrame:
    """Realistic-looking rows: all exams/levels/tiers/routes/origins, some technical-school classes,
    boundary dates, and ~2 % malformed cells."""
    rng = random.Random(seed)
    pairs = [(e, lv) for e, levels in EXAM_LEVELS.items() for lv in levels]
    base = []
    for _ in range(5000):
        exam, level = rng.choice(pairs)
        tech = rng.choice([None] * 9 + ["intermediate_worker", "senior_worker", "technician"])
        grad = f"{rng.randint(1985, 2021)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        base.append({
            "candidate_id": None, "exam": exam, "level": level, "exam_year": rng.choice(["2021", "2022"]),
            "education": None if tech else rng.choice(EDUCATION), "tech_class": tech,
            "major_tier": rng.choice(["related", "near", "other", ""]), "full_time": rng.choice(["true", "false", ""]),
            "graduation_date": rng.choice([grad, "2001-12-31", "2002-01-01", "2005-05-31", "2005-06-01"]),
            "work_start": f"{rng.randint(1985, 2021)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "total_work_start": "", "education_origin": rng.choice(["hunan"] * 6 + ["other_province", "foreign", "party_school"]),
            "chsi_registered": rng.choice(["true"] * 4 + ["false"]), "route": rng.choice(["full"] * 6 + ["exempt", "addon"]),
            "holds": rng.choice(["", "", "engineer", "junior_same_series", "intermediate_same_series", "basic_exam_passed"]),
            "holds_since": rng.choice(["", f"{rng.randint(2005, 2020)}-06-30"]),
        })
        if rng.random() < 0.02:
            base[-1][rng.choice(["exam", "graduation_date", "education", "exam_year"])] = "??"
    frame = pl.DataFrame(base, schema={c: pl.Utf8 for c in COLUMNS})
    idx = pl.Series("i", [rng.randrange(len(base)) for _ in range(n)])
    out = frame[idx]
    return out.with_columns(pl.Series("candidate_id", [f"C{i:07d}" for i in range(n)]))


def main() -> int:
    frame = make_candidates(N)
    evaluate_frame(frame.head(1000))                     # load rules and tables once
    times, cpu = [], []
    for _ in range(RUNS):
        t0, c0 = time.perf_counter(), time.process_time()
        result = evaluate_frame(frame)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    batch = statistics.median(times)
    rows = frame.head(SAMPLE).to_dicts()
    t0 = time.perf_counter()
    scalar = [evaluate_row(r) for r in rows]
    per_row = (time.perf_counter() - t0) / SAMPLE
    assert result.head(SAMPLE).to_dicts() == scalar, "batch and scalar verdicts differ"
    print(f"eligibility batch: {N:,} rows, median of {RUNS} runs {batch:.2f} s "
          f"(runs: {', '.join(f'{t:.2f}' for t in times)}) = {N / batch:,.0f} rows/s; "
          f"CPU time (all threads) median {statistics.median(cpu):.2f} s; load average {os.getloadavg()[0]:.1f}")
    print(f"eligibility scalar: {SAMPLE:,}-row sample {per_row * 1e6:.1f} µs/row = {1 / per_row:,.0f} rows/s "
          f"(1,000,000 rows ≈ {per_row * N:.0f} s)")
    print(f"speed-up batch/scalar: {per_row * N / batch:.0f}x; eligible {int(result['eligible'].sum()):,} "
          f"of {N:,}; target ≤ 3 s: {'met' if batch <= 3 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
