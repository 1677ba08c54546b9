"""Resident ID numbers (GB 11643-1999): 18 characters, birth date, ISO 7064 MOD 11-2 check digit."""
from __future__ import annotations

import datetime as dt
import re

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
_SHAPE = re.compile(r"^\d{17}[\dX]$")


def check_digit(first17: str) -> str:
    return _CHECK[sum(int(c) * w for c, w in zip(first17, _WEIGHTS)) % 11]


def problem(id_number: str) -> str | None:
    """None when valid, else the reason in Chinese."""
    if len(id_number) != 18:
        return f"身份证号长度应为18位，实际为{len(id_number)}位"
    if not _SHAPE.match(id_number):
        return "身份证号格式错误：前17位须为数字，末位为数字或X"
    try:
        birth = dt.date(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14]))
    except ValueError:
        return "身份证号中的出生日期无效"
    if birth.year < 1900 or birth > dt.date.today():
        return "身份证号中的出生日期无效"
    if check_digit(id_number[:17]) != id_number[17]:
        return "身份证号校验位错误"
    return None


def gender(id_number: str) -> str:
    """男 when the 17th digit is odd, else 女."""
    return "男" if int(id_number[16]) % 2 else "女"
