"""Hunan 18-character 职称 certificate code (湖南职称软件说明 证书编码定义).

pos 1 level A/B/C · 2–3 series · 4–5 year · 6 method 1/2/3 · 7–14 issuing unit (code without 43,
right-padded with 0) · 15–18 serial from 0001. The unit must be the authority for the level:
高级 → province (all-zero part, the only case where all zeros are valid), 中级 → city, 初级 → county."""
from __future__ import annotations

from collections.abc import Collection

from portal.certs.problem import CodeError, Problem
from portal.domain.units import UnitTree, hunan_units, unit_part

NAME = "hunan"
LENGTH = 18
MAX_SERIAL = 9999
LETTERS = {"A": "高级", "B": "中级", "C": "初级"}
GRADE_LETTER = {"full_senior": "A", "senior": "A", "intermediate": "B", "assistant": "C", "staff": "C"}
AUTHORITY = {"A": "province", "B": "city", "C": "county"}
AUTHORITY_ZH = {"A": "省人社厅（43），第7–14位应为00000000", "B": "市州（如长沙市4301 → 01000000）",
                "C": "县市区（如芙蓉区430102 → 01020000）"}
METHODS = {"1": "评审", "2": "考试", "3": "认定"}


def check(code: str, *, units: UnitTree | None = None, series: Collection[str] | None = None) -> Problem | None:
    """The first wrong position of `code`, or None when it is a valid Hunan certificate code."""
    units = units or hunan_units()
    code = str(code).strip()
    letter = code[:1]
    if letter not in LETTERS:
        why = f"'{letter}' 应为大写字母" if letter.upper() in LETTERS else f"'{letter}' 不是等级字母"
        return Problem(1, 1, "资格等级", f"{why}，应为 A（高级）、B（中级）或 C（初级）") if letter else \
            Problem(1, 1, "资格等级", "编码为空，应为18位")
    for first, last, field, problem in (
        (2, 3, "资格系列", _series(code[1:3], series)),
        (4, 5, "取得年度", None if _digits(code[3:5], 2) else "应为取得年度的后两位数字（如2003年为03）"),
        (6, 6, "取得方式", None if code[5:6] in METHODS else "应为 1（评审）、2（考试）或 3（认定）"),
    ):
        if problem:
            return Problem(first, last, field, f"'{code[first - 1:last]}' {problem}".strip())
    unit_problem = _unit(code[6:14], letter, units)
    if unit_problem:
        return unit_problem
    serial = code[14:18]
    if len(code) < LENGTH and (serial == "" or serial.isdigit()):
        return Problem(len(code) + 1, LENGTH, "长度", f"编码只有{len(code)}位，应为18位，缺少第{len(code) + 1}–18位")
    if not _digits(serial, 4):
        return Problem(15, 18, "证书流水号", f"'{serial}' 应为4位数字（0001、0002 …）")
    if serial == "0000":
        return Problem(15, 18, "证书流水号", "流水号从0001开始，不能为0000")
    if len(code) > LENGTH:
        return Problem(19, len(code), "长度", f"编码应为18位，实际{len(code)}位，第19位起多余")
    return None


def _digits(text: str, n: int) -> bool:
    return len(text) == n and text.isascii() and text.isdigit()


def _series(text: str, series: Collection[str] | None) -> str | None:
    if not _digits(text, 2):
        return "应为两位数字的系列代码"
    if series and text not in series:
        return "不在管理员维护的系列代码表中"
    return None


def _unit(part: str, letter: str, units: UnitTree) -> Problem | None:
    if not _digits(part, 8):
        bad = next((i for i, ch in enumerate(part) if not (ch.isascii() and ch.isdigit())), len(part))
        return Problem(7 + bad, 7 + bad, "发证单位编码", "应为数字" if bad < len(part) else "编码不足18位")
    if part == "00000000" and letter != "A":
        return Problem(7, 14, "发证单位编码", f"全为0只适用于省级审批的高级证书；{LETTERS[letter]}证书应体现"
                                          f"审批机构的单位编码：{AUTHORITY_ZH[letter]}")
    unit = units.from_part(part)
    if unit is None:
        return _unknown_unit(part, units)
    if unit.level != AUTHORITY[letter]:
        where = (7, 14) if letter == "A" else (9, 10)
        return Problem(*where, "发证单位编码", f"{part} 是{unit.name}（{unit.code}），"
                                            f"{LETTERS[letter]}证书应由{AUTHORITY_ZH[letter]}编号")
    return None


def _unknown_unit(part: str, units: UnitTree) -> Problem:
    city = units.from_part(part[:2].ljust(8, "0"))
    if city is None or part[:2] == "00":
        return Problem(7, 8, "发证单位编码", f"'{part[:2]}' 不是湖南省的市州编码（单位编码表中没有 43{part[:2]}）")
    if part[4:] != "0000":
        return Problem(11, 14, "发证单位编码", f"'{part[4:]}' 应为右补的0（单位编码最多6位）")
    return Problem(9, 10, "发证单位编码", f"'{part[2:4]}' 不是{city.name}下的县市区编码（单位编码表中没有 43{part[:4]}）")


def prefix(*, grade: str, series: str, year: int, method: str, unit_code: str,
           units: UnitTree | None = None, series_list: Collection[str] | None = None) -> str:
    """Positions 1–14 for a certificate to be numbered; raises CodeError when they are not valid."""
    letter = GRADE_LETTER[grade]
    head = f"{letter}{series}{year % 100:02d}{method}{unit_part(unit_code)}"
    problem = check(head + "0001", units=units, series=series_list)
    if problem:
        raise CodeError(problem)
    return head


def compose(head: str, serial: int) -> str:
    if not 1 <= serial <= MAX_SERIAL:
        raise CodeError(Problem(15, 18, "证书流水号", f"流水号 {serial} 超出 0001–{MAX_SERIAL}"))
    return f"{head}{serial:04d}"
