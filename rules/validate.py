"""Input checks shared by the scalar and batch paths: each returns the reason for one column
(or None). A row with any such reason is malformed."""
from __future__ import annotations

import datetime as dt
import re

from rules import params
from rules.aliases import EXAMS, exam_code, level_code
from rules.loader import catalog
from rules.model import Reason

COLUMNS = ("candidate_id", "exam", "level", "exam_year", "education", "tech_class", "major_tier",
           "full_time", "graduation_date", "work_start", "total_work_start", "education_origin",
           "chsi_registered", "route", "holds", "holds_since")
DATE_COLUMNS = ("graduation_date", "work_start", "total_work_start", "holds_since")
BOOL_COLUMNS = ("full_time", "chsi_registered")
DATE_RE = r"^[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}$"
YEAR_RE = r"^[0-9]{4}$"
BLANKS = " \t\r\n"

MISSING = "{col}：缺少必填项"
BAD_DATE = "{col}：应为有效日期（YYYY-MM-DD）"
BAD_BOOL = "{col}：应为 true 或 false"
BAD_YEAR = "exam_year：应为四位数字年份"
BAD_CODE = "{col}：不是有效的代码"


def reason(col: str, template: str, **kw) -> Reason:
    code = "missing_field" if template == MISSING else "invalid_field"
    return Reason(code, template.format(col=col, **kw), f"输入列 {col}", "名单输入列格式（rules/validate.py）")


def parse_date(text: str | None) -> dt.date | None:
    """ISO date or None; raises ValueError for anything else."""
    if text is None:
        return None
    if not re.fullmatch(DATE_RE, text):
        raise ValueError(text)
    return dt.date(int(text[:4]), int(text[5:7]), int(text[8:10]))   # ValueError for 2021-02-30


def parse_bool(text: str | None, default: bool) -> bool:
    if text is None:
        return default
    low = text.lower()
    if low not in ("true", "false"):
        raise ValueError(text)
    return low == "true"


def check_exam(exam_raw, level_raw, year) -> tuple[str | None, str | None, dict[str, Reason]]:
    """→ (exam code, level code, reasons) for exam, level and exam_year (year int or None)."""
    out: dict[str, Reason] = {}
    exam = exam_code(exam_raw)
    level = level_code(exam, level_raw) if exam else None
    if exam is None:
        out["exam"] = reason("exam", MISSING if not exam_raw else "exam：无法识别的考试名称")
    elif level is None:
        out["level"] = reason("level", f"level：{EXAMS[exam]}没有该级别" if level_raw else MISSING)
    if year is None:
        out["exam_year"] = reason("exam_year", MISSING)
    elif exam is not None and catalog()[exam].version_for(year) is None:
        out["exam_year"] = reason("exam_year", f"exam_year：{EXAMS[exam]}无 {year} 年度的报考条件")
    return exam, level, out


def check_education(education, tech_class, route) -> dict[str, Reason]:
    """Reasons for education, tech_class and route."""
    out: dict[str, Reason] = {}
    classes = params.tech_classes()
    if education is not None and education not in params.education_codes():
        out["education"] = reason("education", BAD_CODE)
    elif education is not None and tech_class in classes and classes[tech_class] != education:
        out["education"] = reason("education", "education：与 tech_class 折算的学历不一致")
    elif education is None and tech_class is None and route != "addon":
        out["education"] = reason("education", MISSING)
    if tech_class is not None and tech_class not in classes:
        out["tech_class"] = reason("tech_class", BAD_CODE)
    if route not in params.ROUTES:
        out["route"] = reason("route", BAD_CODE)
    return out


def split_holds(text: str | None) -> tuple[str, ...]:
    if not text:
        return ()
    return tuple(t.strip(BLANKS) for t in text.split(";") if t.strip(BLANKS))


def check_holds(codes: tuple[str, ...]) -> Reason | None:
    known = params.holds_codes()
    return None if all(c in known for c in codes) else reason("holds", BAD_CODE)


def check_codes(major_tier, origin) -> dict[str, Reason]:
    out = {}
    if major_tier not in params.TIERS:
        out["major_tier"] = reason("major_tier", BAD_CODE)
    if origin not in params.ORIGINS:
        out["education_origin"] = reason("education_origin", BAD_CODE)
    return out
