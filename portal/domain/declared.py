"""The candidate's self-check answers (the `portal eligibility` input columns as JSON values) <-> `rules.Candidate`."""
from __future__ import annotations

import datetime as dt
import re

from portal.domain import names
from portal.domain.errors import InvalidInput

DATE_FIELDS = ("graduation_date", "work_start", "total_work_start", "holds_since")
BOOL_FIELDS = ("full_time", "chsi_registered")
TEXT_FIELDS = ("education", "tech_class", "major_tier", "education_origin", "route")


def in_chinese(message: str) -> str:
    """A rules message about an input column (`graduation_date：缺少必填项`) with the column's
    Chinese name (`毕业日期：缺少必填项`); other messages unchanged."""
    col, sep, rest = message.partition("：")
    return f"{names.name('declared', col)}{sep}{rest}" if sep and col in names.codes("declared") else message


def _column(message: str) -> str | None:
    """The answer a rules message names: `graduation_date：…` (or its Chinese name first) or
    `【…】缺少 work_start，…`."""
    by_name = {name: code for code, name in names.choices("declared").items()}
    head = message.partition("：")[0]
    words = [by_name.get(head, head), *re.findall(r"[a-z_]+", message)]
    return next((w for w in words if w in names.codes("declared")), None)


def missing(reasons: list[dict]) -> list[str]:
    """Chinese names of the required answers a verdict says are missing (each once)."""
    cols = [_column(r["message"]) for r in reasons if r["code"] == "missing_field"]
    return list(dict.fromkeys(names.name("declared", c) for c in cols if c))


def _date(name, value):
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise InvalidInput(f"{names.name('declared', name)}填写有误：“{value}”不是有效日期（年-月-日）") from None


def _bool(name, value):
    if value in (None, ""):
        return None
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "1", "是", "yes"):
        return True
    if text in ("false", "0", "否", "no"):
        return False
    raise InvalidInput(f"{names.name('declared', name)}填写有误：“{value}”不是“是”或“否”")


def clean(declared: dict) -> dict:
    """Validated, JSON-able answers; unknown keys dropped, empty answers left out."""
    out = {}
    for name in DATE_FIELDS:
        if (v := _date(name, declared.get(name))) is not None:
            out[name] = v.isoformat()
    for name in BOOL_FIELDS:
        if (v := _bool(name, declared.get(name))) is not None:
            out[name] = v
    for name in TEXT_FIELDS:
        if (v := str(declared.get(name) or "").strip()):
            out[name] = v
    holds = declared.get("holds") or ()
    holds = [h.strip() for h in (holds.split(";") if isinstance(holds, str) else holds) if str(h).strip()]
    if holds:
        out["holds"] = holds
    return out


def to_candidate(case: dict, declared: dict):
    """(rules.Candidate for this case, cleaned answers)."""
    import rules
    answers = clean(declared)
    kwargs = {"candidate_id": str(case["id"]), "exam": case["exam"], "level": case["level"],
              "exam_year": case["exam_year"]}
    for name, value in answers.items():
        kwargs[name] = (dt.date.fromisoformat(value) if name in DATE_FIELDS
                        else tuple(value) if name == "holds" else value)
    return rules.Candidate(**kwargs), answers
