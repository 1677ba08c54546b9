"""A CSV row (column → text) → Candidate plus the format reasons of its cells (`rules.validate`)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from rules.model import Candidate, Reason
from rules.validate import (
    BAD_BOOL,
    BAD_DATE,
    BAD_YEAR,
    BLANKS,
    BOOL_COLUMNS,
    DATE_COLUMNS,
    YEAR_RE,
    parse_bool,
    parse_date,
    reason,
    split_holds,
)


def clean(value) -> str | None:
    """Cells are stripped of blanks; an empty cell is None (it takes the column's default)."""
    if value is None:
        return None
    text = str(value).strip(BLANKS)
    return text or None


def candidate_from_row(row: dict) -> tuple[Candidate, dict[str, Reason]]:
    cells = {k: clean(v) for k, v in row.items()}
    bad: dict[str, Reason] = {}
    dates, flags = {}, {}
    for col in DATE_COLUMNS:
        try:
            dates[col] = parse_date(cells.get(col))
        except ValueError:
            dates[col], bad[col] = None, reason(col, BAD_DATE)
    for col in BOOL_COLUMNS:
        try:
            flags[col] = parse_bool(cells.get(col), True)
        except ValueError:
            flags[col], bad[col] = True, reason(col, BAD_BOOL)
    year = cells.get("exam_year")
    if year is not None and not re.fullmatch(YEAR_RE, year):
        year, bad["exam_year"] = None, reason("exam_year", BAD_YEAR)
    candidate = Candidate(
        candidate_id=cells.get("candidate_id") or "", exam=cells.get("exam") or "",
        level=cells.get("level") or "", exam_year=int(year) if year else None,
        education=cells.get("education"), tech_class=cells.get("tech_class"),
        major_tier=cells.get("major_tier") or "related", full_time=flags["full_time"],
        graduation_date=dates["graduation_date"], work_start=dates["work_start"],
        total_work_start=dates["total_work_start"], education_origin=cells.get("education_origin") or "hunan",
        chsi_registered=flags["chsi_registered"], route=cells.get("route") or "full",
        holds=split_holds(cells.get("holds")), holds_since=dates["holds_since"],
    )
    return candidate, bad


def normalise(c: Candidate) -> tuple[Candidate, dict[str, Reason]]:
    """A Candidate whose dates, flags, year or holds arrived as text → typed, plus format reasons."""
    changes, bad = {}, {}
    for col in DATE_COLUMNS:
        value = getattr(c, col)
        if isinstance(value, dt.datetime):
            changes[col] = value.date()
        elif isinstance(value, str):
            try:
                changes[col] = parse_date(clean(value))
            except ValueError:
                changes[col], bad[col] = None, reason(col, BAD_DATE)
    for col in BOOL_COLUMNS:
        value = getattr(c, col)
        if not isinstance(value, bool):
            try:
                changes[col] = parse_bool(clean(value), True)
            except ValueError:
                changes[col], bad[col] = True, reason(col, BAD_BOOL)
    if isinstance(c.exam_year, str):
        text = clean(c.exam_year)
        ok = text is not None and re.fullmatch(YEAR_RE, text)
        changes["exam_year"] = int(text) if ok else None
        if text and not ok:
            bad["exam_year"] = reason("exam_year", BAD_YEAR)
    for col, default in (("major_tier", "related"), ("education_origin", "hunan"), ("route", "full")):
        if not getattr(c, col):
            changes[col] = default
    if c.holds is None or isinstance(c.holds, str):
        changes["holds"] = split_holds(clean(c.holds))
    return (replace(c, **changes) if changes else c), bad
