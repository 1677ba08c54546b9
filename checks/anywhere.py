"""Fields found without their label: closed-vocabulary values through the alias tables, and numbers
and dates by checked patterns anywhere on the page. Such a value is less certain than one read
after its label, and its confidence says so (BY_VALUE, BY_PATTERN times the line's reading score)."""
from __future__ import annotations

import re

from checks import certno, dates, idnumber, values
from checks.templates import field_types

BY_VALUE = 0.7     # a whole cell that is a known value of the field (exam name, 男/女, 本科 …)
BY_PATTERN = 0.6   # a number that passes its check (ID checksum, certificate structure) or a lone date
STUDY_TYPES = ("普通高等教育", "成人高等教育", "高等教育自学考试", "高等教育学历文凭考试", "自学考试",
               "网络教育", "开放教育", "现代远程教育")
_CELL_SPLIT = re.compile(r"[\t:;,]")
_DIGITS = re.compile(r"(?<![\dA-Za-z])\d(?:\s?\d){13,17}\s?[\dXx]?(?![\dA-Za-z])")
_MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


def cells(line: str) -> list[str]:
    return [c.strip(" .。") for c in _CELL_SPLIT.split(line) if c.strip(" .。")]


def _vocabulary(field: str, cell: str, exam_code):
    if field == "exam":
        return exam_code(cell) if exam_code and len(cell) >= 4 else None
    if field == "gender":
        return cell if cell in ("男", "女") else None
    if field == "education_level" and len(cell) <= 6:
        got = values.read("education", cell)
        return got[0] if got else None
    if field == "class_type" and ("班" in cell or "预备技师" in cell or cell in ("高级工", "中级工", "高级技能", "中级技能")) and len(cell) <= 10:
        got = values.read("tech_class", cell)
        return got[0] if got else None
    if field == "study_type" and len(cell) <= 12 and any(w in cell for w in STUDY_TYPES):
        return cell
    return None


def _numbers(line: str):
    for m in _DIGITS.finditer(line):
        yield re.sub(r"\s", "", m.group(0)).upper()


def _pattern(field: str, line: str):
    if field == "id_number":
        return next((n for n in _numbers(line) if len(n) == 18 and idnumber.problem(n) is None), None)
    if field == "phone":
        m = _MOBILE.search(re.sub(r"(?<=\d)\s(?=\d)", "", line))
        return m.group(0) if m else None
    if field == "certificate_no":
        for n in _numbers(line):
            if n.isdigit() and len(n) in (17, 18) and idnumber.problem(n) is not None and _sound_cert(n):
                return n
    return None


def _sound_cert(number: str) -> bool:
    ev = {"file": None, "field": "certificate_no", "read": number}
    found = certno.self_study(number, ev) if certno.is_self_study_17(number) else certno.school(number, ev)
    return not found


def fill(wanted: list[str], lines: list[tuple[str, float]], fields: dict, conf: dict, exam_code=None) -> None:
    """Add the wanted fields that a closed vocabulary or a checked pattern finds, first line first."""
    for field in wanted:
        for line, score in lines:
            value = next((v for c in cells(line) if (v := _vocabulary(field, c, exam_code))), None)
            factor = BY_VALUE
            if value is None:
                value, factor = _pattern(field, line), BY_PATTERN
            if value is not None:
                fields[field], conf[field] = value, round(score * factor, 3)
                break
    _lone_date([f for f in wanted if f not in fields], lines, fields, conf)


def _lone_date(wanted: list[str], lines, fields: dict, conf: dict) -> None:
    """One date field missing and one date on the page that no field holds: that date is it."""
    missing = [f for f in wanted if field_types()[f] == "date"]
    if len(missing) != 1:
        return
    taken = set(fields.values())
    seen = {}
    for line, score in lines:
        for got in dates.all_dates(line):
            if got[1] == 1.0 and got[0] not in taken:
                seen.setdefault(got[0], score)
    if len(seen) == 1:
        [(day, score)] = seen.items()
        fields[missing[0]], conf[missing[0]] = day, round(score * BY_PATTERN, 3)
