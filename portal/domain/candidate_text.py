"""Text a candidate reads besides the findings: the self-check's unmet conditions in candidate wording,
and what reviewers type (return items, reasons) kept exactly as typed, each item once."""
from __future__ import annotations

import re
import unicodedata

from portal.domain import names

_LATIN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_LATIN_ASIDE = re.compile(r"[（(][^（）()]*[A-Za-z][^（）()]*[）)]")
# the answers and list columns a rules message may name, by the column's code
_COLUMNS = ("declared", "column", "field")
_LIST_COLUMNS = {"candidate_id": "考生编号", "exam": "考试", "level": "级别", "exam_year": "考试年度"}
# None: the rules' own message, once its codes are named (the message is Chinese and names the rule)
RULES: dict[str, str | None] = {
    "missing_field": "自审内容缺少“{column}”，请补充后重新自审",
    "invalid_field": "自审内容中“{column}”填写有误，请修改后重新自审",
    "education_not_accepted": None, "graduated_too_late": None, "prerequisite_missing": None,
    "work_years_short": None, "total_years_short": None, "route_unavailable": None,
}
LIST_PROBLEM = "名单上的报考信息（{column}）有误，请联系所在市州人社局核实"
RULES_FALLBACK = "按您自审填写的情况，有报考条件未满足，请核对自审内容"


def typed(text) -> str:
    """A reviewer's item or reason as typed: line breaks and runs of spaces as one space, nothing
    else changed (full-width ，。：；（） stay full-width)."""
    return " ".join(str(text if text is not None else "").split())


def _key(text: str) -> str:
    """Two items say the same when they differ only in width, spaces or punctuation."""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in folded if not (ch.isspace() or unicodedata.category(ch)[0] == "P"))


def unique(items) -> list[str]:
    """Each non-empty item once, the first as typed kept, in order."""
    out: dict[str, str] = {}
    for item in items or ():
        text = typed(item)
        if text and (_key(text) or text) not in out:
            out[_key(text) or text] = text
    return list(out.values())


def _code_name(code: str) -> str | None:
    for category in ("kind", *_COLUMNS, "education", "tech_class", "holds", "route", "major_tier", "origin"):
        if code in names.codes(category):
            return names.name(category, code)
    return None


def named(text: str) -> str:
    """`text` with every code it contains replaced by its Chinese name (unknown words left alone)."""
    return _LATIN.sub(lambda m: _code_name(m.group(0)) or m.group(0), text)


def items(texts) -> list[str]:
    """Return items or decision reasons as the candidate reads them: each once, codes named."""
    return unique(named(typed(t)) for t in texts or ())


def _column(message: str) -> str | None:
    """The column a rules message is about: before its first "：" (as code or Chinese name), else
    the first column code in it."""
    head = message.partition("：")[0]
    by_name = {name: code for code, name in names.choices("declared").items()}
    words = [by_name.get(head, head), *_LATIN.findall(message)]
    return next((c for c in words if c in _LIST_COLUMNS or any(c in names.codes(k) for k in _COLUMNS)), None)


def reason(code: str, message: str) -> str:
    """An unmet condition of the self-check (a rules reason) in candidate wording."""
    column = _column(message)
    if code in ("missing_field", "invalid_field") and column in _LIST_COLUMNS:
        return LIST_PROBLEM.format(column=_LIST_COLUMNS[column]) + "。"
    if RULES.get(code) and column:
        return RULES[code].format(column=names.name("declared", column) if column in names.codes("declared")
                                  else names.name("field", column)) + "。"
    text = named(_LATIN_ASIDE.sub("", message)) if code in RULES else ""
    return text.rstrip("。") + "。" if text and not _LATIN.search(text) else RULES_FALLBACK + "。"
