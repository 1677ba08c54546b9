"""Set-based loading of many submitted cases straight into their queues, for the queue benchmark
and the concurrency tests (synthetic people: ID numbers start with the given prefix, not real)."""
from __future__ import annotations

import datetime as dt

from portal.store.queries import q


def seed_submitted_cases(db, n: int, *, cities: list[str], prefix: str = "S", exam: str = "economics",
                         exam_year: int = 2021, submitted_from: dt.datetime = dt.datetime(2022, 4, 25, 9, 30)) -> None:
    """`n` candidates, each with one case submitted and waiting in its city's queue; every 7th
    case is flagged, levels alternate between intermediate and junior."""
    params = {"n": n, "prefix": prefix}
    with db.transaction() as cur:
        cur.execute(q("seed_candidates"), params)
        cur.execute(q("seed_cases"), {"prefix": prefix, "exam": exam, "exam_year": exam_year, "cities": cities,
                                               "t0": submitted_from})
        cur.execute(q("seed_queue"), {"prefix": prefix})
        cur.execute(q("reset_queue_heads"))
