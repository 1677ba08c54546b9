"""One search box, many kinds of term: what a staff member typed, read as a case number, a full ID
number (matched exactly), a mobile number or a name (matched as part of the name)."""
from __future__ import annotations

import re

_ID = re.compile(r"^\d{17}[\dX]$")
_PHONE = re.compile(r"^1\d{10}$")
EMPTY = {"case_id": None, "id_number": None, "phone": None, "name": None}


def _phone_digits(text: str) -> str:
    digits = text.replace("-", "")
    for prefix in ("+86", "0086"):
        digits = digits.removeprefix(prefix)
    return digits[2:] if len(digits) == 13 and digits.startswith("86") else digits


def parse_term(text: str | None) -> dict:
    """`{"case_id", "id_number", "phone", "name"}` with exactly one set (or none for an empty box).
    18 characters of an ID number → id_number (upper-cased); 11 digits from 1 → phone; other
    digits → case number; anything else → name, spaces removed."""
    term = "".join(str(text or "").split()).upper()
    if not term:
        return dict(EMPTY)
    if _ID.match(term):
        return EMPTY | {"id_number": term}
    if _PHONE.match(_phone_digits(term)):
        return EMPTY | {"phone": _phone_digits(term)}
    if term.isdigit():
        return EMPTY | {"case_id": int(term[:18])}
    return EMPTY | {"name": term}


def has_term(terms: dict) -> bool:
    return any(terms.get(k) is not None for k in EMPTY)
