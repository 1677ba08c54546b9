"""ID numbers of GB 11643-1999 form: checksum, birth date, sex digit, region.

Resident IDs start with the GB/T 2260 address code. The 外国人永久居留身份证 of the 2023 format (国家移民
管理局) uses the same 18-character layout but starts with 9, then the issuing province and a
3-digit nationality code, so the address-code advice applies to resident IDs only."""
from __future__ import annotations

import datetime as dt
import re

from checks.finding import finding

WEIGHTS = [2 ** (17 - i) % 11 for i in range(17)]  # 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2
CHECK = "10X98765432"
PROVINCES = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
             50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83}


def check_digit(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character of the first 17 digits."""
    return CHECK[sum(int(d) * w for d, w in zip(first17, WEIGHTS)) % 11]


def birth_date(number: str) -> dt.date | None:
    """Digits 7-14 as a date, or None when they are not a real date."""
    try:
        return dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except (ValueError, IndexError):
        return None


def gender(number: str) -> str:
    """Digit 17: odd is male, even is female."""
    return "男" if int(number[16]) % 2 else "女"


def problem(number: str) -> str | None:
    """None when an 18-character resident ID number is valid, else the reason in Chinese
    (length, shape, birth date, check digit) as a list import or a login form states it."""
    if len(number) != 18:
        return f"身份证号长度应为18位，实际为{len(number)}位"
    if not re.fullmatch(r"\d{17}[\dX]", number):
        return "身份证号格式错误：前17位须为数字，末位为数字或X"
    born = birth_date(number)
    if born is None or born.year < 1900 or born > dt.date.today():
        return "身份证号中的出生日期无效"
    if (expected := check_digit(number[:17])) != number[17]:
        return f"身份证号校验位错误：末位为 {number[17]}，按前17位应为 {expected}"
    return None


def is_foreign_permanent(number: str) -> bool:
    """A 2023-format foreigner's permanent residence ID: 18 characters starting with 9."""
    return len(number) == 18 and number[0] == "9"


def is_valid(number: str, today: dt.date | None = None) -> bool:
    return not [f for f in check(number, today=today) if f["severity"] == "fail"]


def check(number: str, *, file=None, field="id_number", stated_gender=None, today=None) -> list[dict]:
    """Findings on one ID number: format, checksum, date, region (advisory) and the stated sex."""
    today = today or dt.date.today()
    num = re.sub(r"\s", "", str(number or "")).upper()
    ev = {"file": file, "field": field, "read": num}
    if not re.fullmatch(r"\d{17}[\dX]", num):
        return [finding("id_format", "fail", "身份证号码应为18位（前17位数字，末位数字或X）", **ev)]
    out = []
    expected = check_digit(num[:17])
    if num[17] != expected:
        out.append(finding("id_checksum", "fail", f"身份证号码校验位错误：末位应为 {expected}", expected=expected, **ev))
    born = birth_date(num)
    if born is None or born > today or born.year < 1900:
        out.append(finding("id_birth_date", "fail", "身份证号码第7–14位不是有效的出生日期", **ev))
    if is_foreign_permanent(num):
        out.append(finding("id_foreign_permanent", "info",
                           "外国人永久居留身份证号码（首位为9）：请与居留证件原件核对，不按居民身份证地址码核查", **ev))
    elif int(num[:2]) not in PROVINCES:
        out.append(finding("id_region", "warn", "身份证号码前两位不是有效的省级行政区代码", **ev))
    if stated_gender in ("男", "女") and gender(num) != stated_gender:
        out.append(finding("id_gender", "fail", f"身份证号码第17位表示性别为{gender(num)}，与填写的性别“{stated_gender}”不符",
                           expected=stated_gender, **ev))
    return out
