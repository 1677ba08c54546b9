"""Read and normalise one field value from the text after its label, by value type."""
from __future__ import annotations

import re

from checks import dates
from checks.normalize import CJK

DATE = dates.DATE
_ID = re.compile(r"\d(?:\s?\d){16}\s?[\dXx×]")
_CODE_THEN_WORDS = re.compile(rf"^([0-9A-Za-z\-]*\d{{6}}[0-9A-Za-z\-]*)[{CJK}]{{2,}}$")
_PHONE = re.compile(r"1(?:\s?\d){10}")
EDUCATION = [("第二学士", "second_bachelor"), ("博士", "doctor"), ("硕士", "master"), ("研究生", "master"),
             ("学士", "bachelor"), ("本科", "bachelor"), ("专科", "junior_college"), ("大专", "junior_college"),
             ("高职", "junior_college"), ("中专", "secondary"), ("中职", "secondary"), ("职高", "secondary"),
             ("中等专业", "secondary"), ("中等职业", "secondary"), ("技校", "secondary"), ("高中", "high_school")]
TECH_CLASS = [("预备技师", "technician"), ("技师", "technician"), ("高级工", "senior_worker"),
              ("中级工", "intermediate_worker"), ("高级技能", "senior_worker"), ("中级技能", "intermediate_worker")]
_DIGIT_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "D": "0", "I": "1", "l": "1", "|": "1", "Z": "2", "S": "5", "B": "8"})


def chunk(raw: str) -> str:
    """The first tab-separated cell of the text after a label, without separators around it."""
    raw = raw.lstrip(" \t:;,.，：")
    return raw.split("\t")[0].strip(" ;,.，。、")


def read(kind: str, raw: str, exam_code=None) -> tuple[object, float] | None:
    """(normalised value, confidence of the reading) or None when nothing of that type is there."""
    cell = chunk(raw)
    if kind == "date":
        return dates.find(raw)
    if kind == "id_number":
        m = _ID.search(raw)
        if not m:
            return None
        return re.sub(r"\s", "", m.group(0)).upper().replace("×", "X"), 1.0
    if kind == "phone":
        m = _PHONE.search(raw)
        return (re.sub(r"\s", "", m.group(0)), 1.0) if m else None
    if kind == "gender":
        cell = re.sub(r"[□☐]\s*[男女]", "", cell)  # an option in an empty box is not the value ("□男女")
        m = re.search("[男女]", cell[:3])
        return (m.group(0), 1.0) if m else None
    if kind == "name":
        bare = cell.replace(" ", "")
        m = re.match(rf"[{CJK}·]{{2,6}}", bare)
        if m and re.match(rf"[{CJK}]", bare[m.end():m.end() + 1]):
            return None  # a run of words longer than any name: a sentence ("经全国统一考试合格")
        return (m.group(0), 1.0) if m else None
    if kind in ("education", "tech_class"):
        table = EDUCATION if kind == "education" else TECH_CLASS
        code = next((c for word, c in table if word in cell), None)
        return (code, 1.0) if code else None
    if kind == "vcode":
        value = re.sub(r"[\s\-]", "", cell).upper()
        ok = re.fullmatch(r"[A-Z0-9]{16}|\d{12}", value)
        return (value, 1.0 if ok else 0.5) if value else None
    if kind == "code":
        value = re.sub(r"\s", "", cell)
        if m := _CODE_THEN_WORDS.match(value):
            value = m.group(1)  # a heading read onto the end of the number ("113861200005049530报告信息")
        if not any(c.isdigit() for c in value.translate(_DIGIT_LOOKALIKES)):  # a number has digits ("备案表" is none)
            return None
        if sum(c.isdigit() for c in value) >= 0.8 * len(value) >= 4:
            value = value.translate(_DIGIT_LOOKALIKES)
        return (value, 1.0 if len(value) >= 4 else 0.5) if value else None
    if kind == "exam":
        code = exam_code(cell) if exam_code and cell else None
        return (code, 1.0) if code else None
    value = cell.strip()
    return (value, 1.0) if value else None
