"""Closed-vocabulary names read by OCR with a wrong character or two: "做馨设计注册工程师" is
勘察设计注册工程师. A name of at least MIN_LENGTH characters is matched to the one form of the same
length differing in at most a quarter of its characters, none of them a level or number character
(二级 is another exam than 一级); two codes that near give none."""
from __future__ import annotations

from checks import normalize

MIN_LENGTH = 6
SUFFIXES = ("职业资格考试", "资格考试", "职业资格", "考试")
LEVEL_CHARS = set("一二三四五六七八九十初中高级0123456789")  # never a misread: they name another exam or level


def _close(form: str, key: str) -> bool:
    wrong = [(a, b) for a, b in zip(form, key) if a != b]
    return len(wrong) <= len(key) // 4 and not any(a in LEVEL_CHARS or b in LEVEL_CHARS for a, b in wrong)


def near(key: str, forms: dict[str, str]) -> str | None:
    """The code of the one form within the tolerance of `key`, else None."""
    if len(key) < MIN_LENGTH:
        return None
    codes = {code for form, code in forms.items() if len(form) == len(key) and _close(form, key)}
    return codes.pop() if len(codes) == 1 else None


def tolerant(lookup, forms: dict[str, str]):
    """`lookup` (exact, e.g. rules.aliases.exam_code), falling back to the nearest form for OCR misreads."""
    def code(text):
        got = lookup(text)
        if got is not None or not text:
            return got
        key = normalize.compact(normalize.text(str(text))).lower()
        keys = [key] + [key[:-len(s)] for s in SUFFIXES if key.endswith(s) and len(key) > len(s)]
        return next((c for k in keys if (c := near(k, forms))), None)

    return code
