"""Text normalisation for names and units (design 2.4): full-width forms, stray spaces and
newlines never make one person or one unit into two."""
from __future__ import annotations

import re
import unicodedata

_CJK = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_SPACE_NEAR_CJK = re.compile(rf"(?<=[{_CJK}])\s+|\s+(?=[{_CJK}])")


def text(value) -> str:
    """NFKC, whitespace runs collapsed, spaces next to Chinese characters removed."""
    if value is None:
        return ""
    s = unicodedata.normalize("NFKC", str(value))
    s = " ".join(s.split())
    return _SPACE_NEAR_CJK.sub("", s)


def id_number(value) -> str:
    """An ID number as typed: NFKC, no spaces, upper-case X (a spreadsheet float is not rescued)."""
    return "".join(text(value).split()).upper()


def phone(value) -> str:
    s = "".join(ch for ch in text(value) if ch.isdigit() or ch == "+")
    for prefix in ("+86", "0086"):
        if s.startswith(prefix):
            s = s[len(prefix):]
    return s
