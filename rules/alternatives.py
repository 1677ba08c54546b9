"""Judge one way of qualifying (a requirement row) and choose between several (the convention
in rules/README.md, "Several ways to qualify")."""
from __future__ import annotations

from dataclasses import dataclass

from rules import messages as msg
from rules import params
from rules.conditions import Alternative, LevelRule
from rules.model import Candidate, Reason
from rules.workyears import counted_years, counting_start


@dataclass(frozen=True)
class Outcome:
    passed: bool
    gate: bool            # education, prerequisite and graduation-date conditions hold
    required: int | None
    counted: int | None
    reasons: tuple[Reason, ...]


def holds_satisfy(holds: tuple[str, ...], code: str) -> bool:
    """True when a held qualification is, or implies, `code` (rules/params/holds.yaml)."""
    implied = params.holds_codes()
    return any(code in implied.get(h, (h,)) for h in holds)


def _count(rule: LevelRule, c: Candidate, base, work_start) -> int:
    start = counting_start(base, graduation=c.graduation_date, full_time=c.full_time,
                           study_counts=rule.full_time_study.value, work_start=work_start)
    return counted_years(start, rule.cutoff_date(c.exam_year))


def check_alternative(rule: LevelRule, alt: Alternative, c: Candidate, edu: str) -> Outcome:
    cell = alt.cells[c.major_tier]
    why = lambda code, text, source=cell.source: Reason(code, text, rule.label_zh, source)  # noqa: E731
    from_holds = alt.count_from == "holds_since"
    base, column = (c.holds_since, "holds_since") if from_holds else (c.work_start, "work_start")
    counted = None if base is None else _count(rule, c, base, c.work_start if from_holds else None)
    if cell.years is None:  # the years are still shown, against the nearest tier that accepts
        return Outcome(False, False, alt.nearest_years(c.major_tier), counted,
                       (why("education_not_accepted", msg.not_accepted(rule, edu, c.major_tier)),))
    reasons = []
    if alt.graduated_by is not None and c.graduation_date > alt.graduated_by:
        reasons.append(why("graduated_too_late", msg.graduated_late(rule, alt)))
    if alt.requires is not None and not holds_satisfy(c.holds, alt.requires):
        reasons.append(why("prerequisite_missing", msg.prerequisite(rule, alt), alt.requires_source))
    gate = not reasons
    if base is None and cell.years > 0:
        reasons.append(why("missing_field", msg.missing_start(rule, column)))
    elif counted is not None and counted < cell.years:
        reasons.append(why("work_years_short", msg.short(rule, cell.years, c.exam_year, counted)))
    if rule.has_total and cell.total_years:
        total_base = c.total_work_start or c.work_start
        if total_base is None:
            if not any(r.code == "missing_field" for r in reasons):
                reasons.append(why("missing_field", msg.missing_start(rule, "work_start")))
        elif (total := _count(rule, c, total_base, None)) < cell.total_years:
            reasons.append(why("total_years_short",
                               msg.short(rule, cell.total_years, c.exam_year, total, total=True)))
    return Outcome(not reasons, gate, cell.years, counted, tuple(reasons))


def choose(outcomes: list[Outcome]) -> Outcome:
    """The first alternative that passes; else the first whose gate conditions hold; else the
    main row (so the reasons name what the candidate is closest to)."""
    for pick in (lambda o: o.passed, lambda o: o.gate):
        for o in outcomes:
            if pick(o):
                return o
    return outcomes[0]
