"""Exam and level names in any form → the codes used throughout the portal (exam and level codes of
`rules/params/exam_aliases.yaml`).
The forms live in `rules/params/exam_aliases.yaml`; this module only normalises and looks up."""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

from rules.schema import read_yaml

ALIASES_FILE = Path(__file__).parent / "params" / "exam_aliases.yaml"
_SUFFIXES = ("职业资格考试", "资格考试", "职业资格", "考试")
_LEVEL_PREFIXES = ("初级", "中级", "高级", "助理")


def normalise(text: object) -> str:
    """Fold full-width forms, drop all whitespace and lower-case Latin letters."""
    if text is None:
        return ""
    folded = unicodedata.normalize("NFKC", str(text))
    return "".join(folded.split()).lower()


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_yaml(ALIASES_FILE)      # strict: duplicate keys fail naming the file


@lru_cache(maxsize=1)
def _exam_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for code, spec in _data()["exams"].items():
        for form in [code, spec["name"], *spec["aliases"]]:
            if index.setdefault(normalise(form), code) != code:
                raise ValueError(f"{ALIASES_FILE.name}: exams.{code}: form {form!r} already names {index[normalise(form)]}")
    return index


EXAMS: dict[str, str] = {code: spec["name"] for code, spec in _data()["exams"].items()}
LEVEL_NAMES: dict[str, str] = {code: spec["name"] for code, spec in _data()["levels"].items()}
EXAM_LEVELS: dict[str, tuple[str, ...]] = {
    code: tuple(spec["levels"]) for code, spec in _data()["exams"].items()
}


def exam_forms() -> dict[str, str]:
    """Every normalised form of every exam's name -> its exam code."""
    return dict(_exam_index())


def exam_code(text: object) -> str | None:
    """Any Chinese or English form of an exam's name (or its code) → exam code, else None."""
    key = normalise(text)
    if not key:
        return None
    index = _exam_index()
    tries = [key] + [key[: -len(s)] for s in _SUFFIXES if key.endswith(s) and len(key) > len(s)]
    tries += [t[len(p):] for t in list(tries) for p in _LEVEL_PREFIXES if t.startswith(p)]
    for t in tries:
        if t in index:
            return index[t]
    return None


def _level_index(exam: str) -> dict[str, str]:
    index: dict[str, str] = {}
    for code, spec in _data()["levels"].items():
        for form in [code, spec["name"], *spec["aliases"]]:
            index[normalise(form)] = code
    for code, forms in (_data().get("level_aliases") or {}).get(exam, {}).items():
        for form in forms:
            index[normalise(form)] = code
    return index


def level_code(exam: str | None, text: object) -> str | None:
    """A level form for the given exam code → level code the exam has, else None.
    An empty level means the exam's only level when it has exactly one (`portal eligibility` lists may leave
    it blank)."""
    if exam not in EXAM_LEVELS:
        return None
    levels = EXAM_LEVELS[exam]
    key = normalise(text)
    if not key:
        return levels[0] if len(levels) == 1 else None
    index = _level_index(exam)
    names = sorted(
        {normalise(f) for f in [exam, EXAMS[exam], *_data()["exams"][exam]["aliases"]]},
        key=len, reverse=True,
    )
    tries = [key] + [key.replace(n, "") for n in names if n and n in key]
    for t in tries:
        code = index.get(t)
        if code in levels:
            return code
    return None
