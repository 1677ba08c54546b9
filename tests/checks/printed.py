"""Reading back what a generated document prints, for the generators' own tests: the text layer of a
PDF, text without whitespace, and numbers written in Chinese numerals (the generators' date styles)."""
from __future__ import annotations

import io
import re

import pdfplumber

CN = {c: str(n) for n, c in enumerate("〇一二三四五六七八九")}


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "".join(page.extract_text() or "" for page in pdf.pages)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def cn_digits(s: str) -> int:
    """二〇一八 -> 2018 (digit by digit, as years are written)."""
    return int("".join(CN[c] for c in s))


def cn_number(s: str) -> int:
    """六 -> 6, 十二 -> 12, 二十九 -> 29, 三十 -> 30 (months and days)."""
    if "十" not in s:
        return cn_digits(s)
    tens, _, ones = s.partition("十")
    return int(CN[tens] if tens else 1) * 10 + (int(CN[ones]) if ones else 0)
