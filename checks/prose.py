"""Fields a certifying letter states in its running text, not in labelled rows: "兹证明张三同志，身份证号码
…，自2015年7月1日起在某公司从事专业技术工作", a diploma's "学生张三，性别男，1990年1月1日生，于2008年9月至
2012年6月在本校土木工程专业本科学习". The page's lines are read as one text (a sentence wraps anywhere,
even inside a date), the blanks of a form letter filled or not. Read only for fields no label gave,
with lower confidence (BY_PROSE times the page's mean line score)."""
from __future__ import annotations

import re

from checks import dates, idnumber, labels, values
from checks.normalize import CJK

BY_PROSE = 0.75
_D = (r"(?:(?:19|20)\d{2}[年\-./]\d{1,2}(?:[月\-./]\d{1,2}日?|月)?"
      r"|[〇零一二三四五六七八九Oo0]{4}年[一二三四五六七八九十]{1,3}月(?:[一二三四五六七八九十]{1,3}日)?)")
_NAME = rf"[{CJK}·]{{2,5}}?"
_ORG = rf"[{CJK}()]{{2,30}}"  # greedy: the longest name before the verb
# an organisation ends as organisations are named; a school as schools are
_EMPLOYER_END = r"(?:公司|院|局|中心|厅|所|银行|委员会|协会|学会|集团|站|处|队|社|馆|部|厂|室|校|大学)"
_SCHOOL_END = r"(?:大学|学院|学校|党校|中专|中专部|分校|技校)"
PATTERNS = {
    "name": [rf"(?:兹证明|兹有(?:我单位职工|我单位员工)?|学生|持证人|经核查,?)({_NAME})(?:同志|同学|先生|女士|\(|,|性别|身份证)",
             rf"本人({_NAME})(?:,|\()"],
    "birth_date": [rf"({_D})(?:出生|生)(?:,|于|$)"],
    "enrollment_date": [rf"于({_D})(?:至|到|-|考入|入读|入学|进入)", rf"自({_D})至"],
    "graduation_date": [rf"于{_D}(?:至|到|-)({_D})"],
    "work_start": [rf"自({_D})起", rf"于({_D})(?:参加工作|入职)"],
    "school": [rf"(?:考入|入读|就读于|毕业于|系)({_ORG}{_SCHOOL_END})(?:就读|学习|毕业|,|\()",
               rf"(?:在|于)({_ORG}{_SCHOOL_END})(?:学习|就读)"],
    "employer": [rf"(?:起在|现在|现于|现就职于|任职于)({_ORG}{_EMPLOYER_END})(?:从事|工作|任职|担任|,)"],
    "major": [rf"(?:本校|学习|就读)({_NAME}[{CJK}]{{0,10}}?)专业"],
    "education_level": [rf"专业\(?([{CJK}()]{{2,10}}?)(?:班\)|学习|\))"],
    "id_number": [r"(?:身份证|身份证号|身份证号码|公民身份号码|证件号码)[:：]?(\d{17}[\dXx])"],
    "exam": [rf"(?:报考|取得|符合报考)([{CJK}()]{{2,30}}?)(?:考试|资格)"],
}
TYPES = {"name": "name", "birth_date": "date", "enrollment_date": "date", "graduation_date": "date",
         "work_start": "date", "school": "text", "employer": "text", "major": "text", "education_level": "education", "exam": "exam",
         "id_number": "id_number"}
NOT_NAMES = ("同志", "同学", "先生", "女士", "本人", "我单位", "职工")  # the words around a blank left empty


def text(lines: list[tuple[str, float]]) -> str:
    """The page's lines as one text without spaces or cell breaks (a sentence wraps anywhere)."""
    return re.sub(r"\s", "", "".join(line for line, _ in lines))


def find(field: str, page: str, exam_code=None):
    """(value, quality) of the field as the page's sentences state it, or None."""
    for pattern in PATTERNS.get(field, ()):
        for m in re.finditer(pattern, page):
            got = _read(field, m.group(1), exam_code)
            if got is not None:
                return got
    return None


def _read(field: str, raw: str, exam_code=None):
    if TYPES[field] == "date":
        return dates.find(raw)
    if TYPES[field] in ("name", "text") and (labels.is_label(raw) or labels.starts_with_label(raw)):
        return None  # "学生姓名" names no student
    if field == "name" and any(w in raw for w in NOT_NAMES):
        return None  # "兹证明____同志": the blank is empty
    if field == "id_number" and idnumber.problem(raw.upper()) is not None:
        return None  # a number that is no ID (its checksum fails)
    return values.read(TYPES[field], raw, exam_code)


def fill(wanted: list[str], lines: list[tuple[str, float]], fields: dict, conf: dict, exam_code=None) -> None:
    """Add the wanted fields the page's sentences state."""
    if not lines:
        return
    page, score = text(lines), sum(s for _, s in lines) / len(lines)
    for field in wanted:
        if field in fields or field not in PATTERNS:
            continue
        got = find(field, page, exam_code)
        if got is not None:
            fields[field], conf[field] = got[0], round(score * got[1] * BY_PROSE, 3)
