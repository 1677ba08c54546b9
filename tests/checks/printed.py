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


def read_date(text: str) -> str:
    """The ISO date a printed date means, whatever style it is printed in (二〇一八年六月九日,
    20180609, 2018.06.09, 2018年6月9日 …)."""
    text = squeeze(text)
    if m := re.fullmatch(r"([〇一二三四五六七八九]{4})年(.+)月(.+)日", text):
        y, mo, d = cn_digits(m[1]), cn_number(m[2]), cn_number(m[3])
    elif re.fullmatch(r"\d{8}", text):
        y, mo, d = int(text[:4]), int(text[4:6]), int(text[6:])
    else:
        y, mo, d = map(int, re.findall(r"\d+", text))
    return f"{y:04d}-{mo:02d}-{d:02d}"


def reads_back(field: str, shown: str, truth, words, date_fields) -> bool:
    """Whether `shown`, as a family prints `field`, means `truth`; `words`: the family's word module
    (its EDUCATION and CLASS wordings), `date_fields`: the fields it prints as dates."""
    if field in date_fields:
        return read_date(shown) == truth
    if field == "education_level":
        return shown in words.EDUCATION[truth]
    if field == "class_type":
        return shown in words.CLASS[truth]
    if field == "exam":
        from portal.docgen.values import format_value

        return shown == format_value(truth, "exam")
    return squeeze(shown) == str(truth)
