"""Whole years of work at the cut-off date (the counting convention in rules/README.md)."""
from __future__ import annotations

import datetime as dt


def counted_years(start: dt.date, cutoff: dt.date) -> int:
    """The largest N with start + N years ≤ cutoff + 1 day: both days are included, so
    2017-01-01 → 2021-12-31 is 5 years and 2017-01-02 → 2021-12-31 is 4. A 29 February start
    reaches its anniversary on 1 March in other years (rules/README.md, "Counting start")."""
    end = cutoff + dt.timedelta(days=1)
    n = end.year - start.year - ((end.month, end.day) < (start.month, start.day))
    return max(n, 0)


def counting_start(base: dt.date, *, graduation: dt.date | None, full_time: bool,
                   study_counts: bool, work_start: dt.date | None = None) -> dt.date:
    """Where counting begins: the base date (work_start, or holds_since for rules counted from a
    prior qualification), moved to the graduation date when full-time study time does not count,
    and never before work_start when counting from a qualification. Source: rules/README.md
    ("Counting start"); the notices' "全日制学历报考人员未毕业期间经历不计入相关专业工作年限" (e.g. 经济 2021 北京,
    rules/exams/economics.yaml source bj2021)."""
    start = base
    if work_start is not None and work_start > start:
        start = work_start
    if full_time and not study_counts and graduation is not None and graduation > start:
        start = graduation
    return start
