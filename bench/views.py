"""Views benchmark (design 5): with 1,000,000 audit events stored (and, by default, 200,000 decided
cases with one review operation each), p50/p95 of the admin dashboard and of a reviewer's 已审记录
page (first and a deep page). Target: p95 <= 200 ms each.

    python bench/views.py [--events N] [--cases N] [--runs K] [--home DIR]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from portal.domain.units import all_codes  # noqa: E402
from portal.services.people.auth import Principal  # noqa: E402
from portal.services.views import dashboard, history  # noqa: E402
from portal.store.db import open_database  # noqa: E402
from portal.store.queries import q  # noqa: E402
from portal.store.seed import seed_submitted_cases  # noqa: E402

TARGET_MS = 200


def p95(values):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def timed_runs(fn, runs):
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--cases", type=int, default=200_000)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--home", default=None)
    args = ap.parse_args()
    home = Path(args.home or tempfile.mkdtemp(prefix="views-bench-"))
    db = open_database(home)
    cities = list(all_codes())
    t = time.perf_counter()
    seed_submitted_cases(db, args.cases, cities=cities, prefix="V")
    with db.transaction() as cur:
        cur.execute(q("seed_review_ops"), {"reviewers": 20})
        cur.execute(q("seed_decided_cases"))
        cur.execute(q("insert_decision_facts_from_ops"))
        cur.execute(q("seed_audit_events"), {"n": args.events, "cases": args.cases})
    with db.read() as cur:
        events = cur.execute("SELECT count(*) FROM audit_events").fetchone()[0]
        ops = cur.execute("SELECT count(*) FROM review_ops").fetchone()[0]
    print(f"loaded {events:,} audit events, {args.cases:,} cases, {ops:,} review operations "
          f"in {time.perf_counter() - t:.1f} s (file database {home})")
    admin = Principal(user_id=1, role="admin", cities=tuple(cities), display_name="省管理员")
    city_admin = Principal(user_id=2, role="admin", cities=("4301",), display_name="长沙管理员")
    reviewer = Principal(user_id=105, role="reviewer", cities=tuple(cities), display_name="审核员")
    total = history.my_decisions(db, reviewer)["total"]
    deep = max(1, total // 50)
    figures = {
        "dashboard (province, all cities)": timed_runs(lambda: dashboard.dashboard(db, admin), args.runs),
        "dashboard (one city)": timed_runs(lambda: dashboard.dashboard(db, city_admin), args.runs),
        "已审记录 first page (50 rows)": timed_runs(lambda: history.my_decisions(db, reviewer), args.runs),
        f"已审记录 page {deep} (last)": timed_runs(lambda: history.my_decisions(db, reviewer, page=deep), args.runs),
    }
    ok = True
    for name, values in figures.items():
        worst = p95(values)
        ok &= worst <= TARGET_MS
        print(f"{name}: p50 {statistics.median(values):.1f} ms, p95 {worst:.1f} ms "
              f"(target <= {TARGET_MS} ms, ratio {worst / TARGET_MS:.2f})")
    print("views benchmark: " + ("PASS" if ok else "FAIL"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
