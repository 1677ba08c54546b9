"""Dates as documents print them: 2018年6月29日, 2018-06-29, 2018.6.29, 2018/06/29, compact 20180629,
a month only (2018年6月, 2018.06: the first of the month, less certain) and Chinese numerals as
diplomas print them (二〇一八年六月二十九日)."""
from __future__ import annotations

import datetime as dt
import re

DATE = re.compile(r"((?:19|20)\d{2})\s*[年\-./]\s*(\d{1,2})\s*(?:[月\-./]\s*(\d{1,2})\s*日?|月)?")
COMPACT = re.compile(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")
_CN_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "O": "0", "o": "0", "0": "0"}
CHINESE = re.compile(r"([〇零一二三四五六七八九Oo0]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月(?:\s*([一二三四五六七八九十]{1,3})\s*日)?")


def _cn_number(s: str) -> int:
    """一 .. 三十一 as a number."""
    if "十" not in s:
        return int(_CN_DIGIT[s])
    tens, _, ones = s.partition("十")
    return (int(_CN_DIGIT[tens]) if tens else 1) * 10 + (int(_CN_DIGIT[ones]) if ones else 0)


def _day(y: int, m: int, d: int | None) -> tuple[str, float] | None:
    try:
        return dt.date(y, m, d or 1).isoformat(), 1.0 if d else 0.8
    except ValueError:
        return None


def find(raw: str) -> tuple[str, float] | None:
    """(ISO date, confidence of the reading) of the first date in the text, or None."""
    found = []
    if m := DATE.search(raw):
        found.append((m.start(), _day(int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None)))
    if m := COMPACT.search(raw):
        found.append((m.start(), _day(int(m.group(1)), int(m.group(2)), int(m.group(3)))))
    if m := CHINESE.search(raw):
        year = int("".join(_CN_DIGIT[c] for c in m.group(1)))
        found.append((m.start(), _day(year, _cn_number(m.group(2)), _cn_number(m.group(3)) if m.group(3) else None)))
    found = [(at, got) for at, got in found if got]
    return min(found)[1] if found else None


def all_dates(line: str):
    """Every date in the line, as find reads it (for a date found without its label)."""
    for pattern in (DATE, COMPACT, CHINESE):
        for m in pattern.finditer(line):
            got = find(m.group(0))
            if got:
                yield got
