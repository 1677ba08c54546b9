"""For every exam, level, version, major tier and accepted education row: exactly the required
years is eligible, one day less is not, and one education level lower is not eligible with the
same dates unless that level's own row allows it. Dates are built from the cut-off, the expected
years come from the rule files, the counting from rules.workyears."""
import datetime as dt

import pytest

from rules import params
from rules.judge import evaluate_row
from rules.loader import catalog

LADDER = ["secondary", "junior_college", "bachelor", "second_bachelor", "master", "doctor"]


def _cases():
    for exam in catalog().values():
        for version in exam.versions:
            for level in version.levels.values():
                for edu in LADDER:
                    for tier in params.TIERS:
                        main = level.requirements[edu][0]
                        if main.cells[tier].years:
                            yield pytest.param(exam.exam, level, edu, tier,
                                               id=f"{exam.exam}-{version.from_year}-{level.level}-{edu}-{tier}")


def _row(exam, level, edu, tier, start):
    return {"candidate_id": "B1", "exam": exam, "level": level.level, "exam_year": str(level.version),
            "education": edu, "major_tier": tier, "graduation_date": "1960-06-30",
            "work_start": start.isoformat(), "total_work_start": "1960-07-01",
            "holds": level.requirements[edu][0].requires or "",
            "holds_since": start.isoformat()}


def _start(level, years):
    cutoff = level.cutoff_date(level.version)
    return dt.date(cutoff.year - years + 1, 1, 1) if level.cutoff == (12, 31) else None


@pytest.mark.parametrize("exam,level,edu,tier", list(_cases()))
def test_exact_years_pass_one_day_short_and_one_level_lower_fail(exam, level, edu, tier):
    years = level.requirements[edu][0].cells[tier].years
    start = _start(level, years)
    exact = evaluate_row(_row(exam, level, edu, tier, start))
    assert (exact["eligible"], exact["required_years"], exact["counted_years"]) == (True, years, years), exact
    short = evaluate_row(_row(exam, level, edu, tier, start + dt.timedelta(days=1)))
    assert short["eligible"] is False and short["counted_years"] == years - 1, short
    assert "年限不足" in short["reasons"]
    lower = LADDER[LADDER.index(edu) - 1] if edu != "secondary" else "high_school"
    lower_years = [a.cells[tier].years for a in level.requirements[lower]]
    row = _row(exam, level, lower, tier, start)
    row["holds"] = level.requirements[lower][0].requires or ""
    verdict = evaluate_row(row)
    allowed = any(y is not None and y <= years and (a.requires or "") == row["holds"] and a.graduated_by is None
                  for y, a in zip(lower_years, level.requirements[lower]))
    assert verdict["eligible"] is allowed, verdict
