"""The scalar path: one candidate → Verdict. This is the specification the batch path matches."""
from __future__ import annotations

from rules import messages as msg
from rules.alternatives import Outcome, check_alternative, choose
from rules.education import education_effective
from rules.evidence import required_evidence
from rules.loader import level_rule
from rules.model import Candidate, Reason, Verdict
from rules.parse import normalise
from rules.validate import COLUMNS, MISSING, check_codes, check_education, check_exam, check_holds, reason


def malformed_reasons(c: Candidate, format_reasons: dict[str, Reason] | None = None) -> list[Reason]:
    """Every bad or missing input column, in column order (format problems win)."""
    exam, level, found = check_exam(c.exam, c.level, c.exam_year)
    found.update(check_education(c.education, c.tech_class, c.route))
    found.update(check_codes(c.major_tier, c.education_origin))
    if not c.candidate_id:
        found["candidate_id"] = reason("candidate_id", MISSING)
    if c.graduation_date is None and c.route != "addon":
        found["graduation_date"] = reason("graduation_date", MISSING)
    if (bad := check_holds(c.holds)) is not None:
        found["holds"] = bad
    found.update(format_reasons or {})
    return [found[col] for col in COLUMNS if col in found]


def outcome(c: Candidate) -> tuple[Outcome | None, list[Reason]]:
    """The chosen alternative's outcome and the route reasons, for a well-formed candidate."""
    exam, level, _ = check_exam(c.exam, c.level, c.exam_year)
    rule = level_rule(exam, level, c.exam_year)
    route_reasons = []
    if c.route in ("exempt", "addon") and not getattr(rule, c.route).value:
        fact = getattr(rule, c.route)
        route_reasons.append(Reason("route_unavailable", msg.route_unavailable(rule, c.route),
                                    rule.label_zh, fact.source))
    if c.route == "addon":
        return None, route_reasons
    edu = education_effective(c.education, c.tech_class)
    alts = rule.requirements[edu]
    usable = [alts[0]] + [a for a in alts[1:] if a.cells[c.major_tier].years is not None]
    return choose([check_alternative(rule, a, c, edu) for a in usable]), route_reasons


def evaluate(c: Candidate, format_reasons: dict[str, Reason] | None = None) -> Verdict:
    """Eligible or not, with every unmet condition as a Chinese reason naming rule and source,
    the evidence the case must show and the numbers compared (the output row of `Verdict.to_row`)."""
    c, loose = normalise(c)                          # text values from callers holding JSON answers
    bad = malformed_reasons(c, {**loose, **(format_reasons or {})})
    edu = education_effective(c.education, c.tech_class) if not {"education", "tech_class"} & {
        r.rule.removeprefix("输入列 ") for r in bad} else None
    if bad:
        return Verdict(False, edu, None, None, (), tuple(bad))
    chosen, route_reasons = outcome(c)
    reasons = tuple(route_reasons) + (tuple(chosen.reasons) if chosen else ())
    eligible = not reasons
    return Verdict(eligible, edu, chosen.required if chosen else None,
                   chosen.counted if chosen else None, required_evidence(c), reasons)


def required_years(c: Candidate) -> int | None:
    """Years of related work the case is judged against (None: not eligible on any route, addon)."""
    return evaluate(c).required_years


def evaluate_row(row: dict) -> dict:
    """A CSV row (column → text) → the output row (`Verdict.to_row`), by the scalar path."""
    from rules.parse import candidate_from_row, clean

    candidate, format_reasons = candidate_from_row(row)
    return evaluate(candidate, format_reasons).to_row(clean(row.get("candidate_id")))
