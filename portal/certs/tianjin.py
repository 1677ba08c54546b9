"""Tianjin e-certificate number (天津市人社局 电子职称证书管理通知): a grade letter followed by digits.

A 正高级, B 副高级, C 中级, D 助理级, E 员级. The seed fixes only "letter + digits"; the portal composes
letter + 4-digit year + 6-digit serial (11 characters) and the validator accepts any 4–20 digits."""
from __future__ import annotations

from portal.certs.problem import CodeError, Problem

NAME = "tianjin"
MAX_SERIAL = 999_999
LETTERS = {"A": "正高级", "B": "副高级", "C": "中级", "D": "助理级", "E": "员级"}
GRADE_LETTER = {"full_senior": "A", "senior": "B", "intermediate": "C", "assistant": "D", "staff": "E"}


def check(code: str, **_context) -> Problem | None:
    code = str(code).strip()
    letter = code[:1]
    if letter not in LETTERS:
        return Problem(1, 1, "级别字母", f"'{letter}' 应为 A（正高级）、B（副高级）、C（中级）、D（助理级）或 E（员级）"
                       if letter else "编码为空")
    digits = code[1:]
    for i, ch in enumerate(digits, start=2):
        if not (ch.isascii() and ch.isdigit()):
            return Problem(i, i, "编号数字", f"'{ch}' 应为数字：天津证书编号为一个字母加数字")
    if not 4 <= len(digits) <= 20:
        return Problem(2, max(len(code), 2), "编号数字", f"字母后应有4–20位数字，实际{len(digits)}位")
    return None


def prefix(*, grade: str, year: int, **_parts) -> str:
    return f"{GRADE_LETTER[grade]}{year:04d}"


def compose(head: str, serial: int) -> str:
    if not 1 <= serial <= MAX_SERIAL:
        raise CodeError(Problem(6, 11, "编号数字", f"流水号 {serial} 超出 000001–{MAX_SERIAL}"))
    return f"{head}{serial:06d}"
