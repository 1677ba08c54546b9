"""Find labels and keywords in OCR text, tolerating one misread or dropped character in longer words."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

FUZZY_MIN = 4  # shorter words must match exactly: one wrong character in two is another word


class Hit(NamedTuple):
    start: int
    end: int
    word: str
    exact: bool


@lru_cache(maxsize=4096)
def _pattern(word: str) -> re.Pattern:
    chars = [re.escape(c) for c in word]
    variants = []
    if len(word) >= FUZZY_MIN:
        for i in range(len(chars)):
            variants.append("".join(chars[:i] + ["[^\\s:]"] + chars[i + 1:]))  # one substitution
            if 0 < i < len(chars) - 1:
                variants.append("".join(chars[:i] + chars[i + 1:]))  # one dropped inner character
    alternatives = ["".join(chars)] + variants
    return re.compile("|".join(f"(?:{a})" for a in alternatives))


def find(word: str, text: str) -> list[Hit]:
    """Every non-overlapping occurrence of the word, exact or within one character."""
    return [Hit(m.start(), m.end(), word, m.group(0) == word) for m in _pattern(word).finditer(text)]


def contains(word: str, text: str) -> bool:
    return bool(_pattern(word).search(text))
