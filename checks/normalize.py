"""Text normalisation: page text for classification and extraction (`text`), and values people type
or lists carry (`clean`, `id_number`, `phone`) so that full-width forms, stray spaces and newlines
never make one person or one unit into two."""
from __future__ import annotations

import functools
import re
import unicodedata

from checks import ticks

CJK = "\u3400-\u4dbf\u4e00-\u9fff"
_CJK_SPACE = re.compile(rf"(?<=[{CJK}])[ \u3000]+(?=[{CJK}])")
_SYMBOL = re.compile(rf"(?<=[{CJK}])[\u2500-\u27bf\u2b00-\u2bff]+(?=[{CJK}])")  # "姓☑名": a box or mark read in a gap
_LABEL_SPACE = re.compile(rf"(?<=[{CJK}])[ \u3000]+(?=[:(){CJK}])|(?<=[:()])[ \u3000]+(?=[{CJK}])")


def text(s: str) -> str:
    """NFKC (full-width digits, letters, colons and brackets to half-width), no spaces between CJK and no
    box or mark symbols between two Chinese characters (OCR reads letter-spacing as "☑" or "□")."""
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u3000", " ")
    if not ticks.has_boxes(s):  # a row of tick boxes keeps its marks ("□男✓女"): checks.ticks reads them
        s = _SYMBOL.sub("", s)
    s = _CJK_SPACE.sub("", s)
    return _LABEL_SPACE.sub("", s)


def cjk_count(s: str) -> int:
    return len(re.findall(rf"[{CJK}]", s))


def compact(s: str) -> str:
    """Drop every space and tab: for comparing labels and names."""
    return re.sub(r"\s+", "", s)


@functools.cache
def _to_simplified():
    from opencc import OpenCC  # OCR engines sometimes read a simplified character as its traditional form

    return OpenCC("t2s").convert


def same_name(a: str, b: str) -> bool:
    """Two names are the same person's name: equal without spaces, or equal once traditional
    characters are read as simplified (RapidOCR reads 黄 as 黃); a different character still differs."""
    a, b = compact(a), compact(b)
    if a == b:
        return True
    convert = _to_simplified()
    return convert(a) == convert(b)


_CJK_WIDE = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_SPACE_NEAR_CJK = re.compile(rf"(?<=[{_CJK_WIDE}])\s+|\s+(?=[{_CJK_WIDE}])")


def clean(value) -> str:
    """A typed or listed value: NFKC, whitespace runs collapsed, spaces next to Chinese characters removed."""
    if value is None:
        return ""
    s = unicodedata.normalize("NFKC", str(value))
    s = " ".join(s.split())
    return _SPACE_NEAR_CJK.sub("", s)


def id_number(value) -> str:
    """An ID number as typed: NFKC, no spaces, upper-case X (a spreadsheet float is not rescued)."""
    return "".join(clean(value).split()).upper()


def phone(value) -> str:
    """Digits (and a leading +) of a phone number, without the +86 / 0086 country prefix."""
    s = "".join(ch for ch in clean(value) if ch.isdigit() or ch == "+")
    for prefix in ("+86", "0086"):
        if s.startswith(prefix):
            s = s[len(prefix):]
    return s
