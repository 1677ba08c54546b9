"""Text normalisation shared by classification and field extraction."""
from __future__ import annotations

import functools
import re
import unicodedata

CJK = "\u3400-\u4dbf\u4e00-\u9fff"
_CJK_SPACE = re.compile(rf"(?<=[{CJK}])[ \u3000]+(?=[{CJK}])")
_LABEL_SPACE = re.compile(rf"(?<=[{CJK}])[ \u3000]+(?=[:(){CJK}])|(?<=[:()])[ \u3000]+(?=[{CJK}])")


def text(s: str) -> str:
    """NFKC (full-width digits, letters, colons and brackets to half-width) and no spaces between CJK."""
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u3000", " ")
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
