"""Masking of personal numbers for public pages, exports and logs.

Only the candidate's own view and the reviewer's case view show full numbers; everything else
goes through these functions (ID: first 4 + last 4 visible; phone: first 3 + last 4)."""
from __future__ import annotations


def _mask(value: str | None, head: int, tail: int) -> str:
    text = "".join(str(value or "").split())
    if not text:
        return ""
    if len(text) <= head + tail:
        # too short to keep both ends without revealing it all: keep at most the first character
        return text[:1] + "*" * (len(text) - 1)
    return text[:head] + "*" * (len(text) - head - tail) + text[-tail:]


def mask_id(id_number: str | None) -> str:
    """`430102199001011234` -> `4301**********1234`; the length is kept, spaces dropped."""
    return _mask(id_number, 4, 4).upper()


def mask_phone(phone: str | None) -> str:
    """`13812341234` -> `138****1234`; a leading +86 / 86 country prefix is dropped first."""
    text = "".join(str(phone or "").split()).replace("-", "")
    for prefix in ("+86", "0086"):
        if text.startswith(prefix):
            text = text[len(prefix):]
    if len(text) == 13 and text.startswith("86"):
        text = text[2:]
    return _mask(text, 3, 4)


def mask_name(name: str | None) -> str:
    """`张三` -> `张*`, `欧阳小明` -> `欧***`: the first character stays, the rest are starred."""
    text = "".join(str(name or "").split())
    if len(text) <= 1:
        return text
    return text[0] + "*" * (len(text) - 1)
