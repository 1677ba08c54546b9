"""Exam level → title grade (data/certs/grades.yaml), loaded strictly."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from portal.certs.problem import GRADES

PATH = Path(__file__).resolve().parents[2] / "data" / "certs" / "grades.yaml"


@lru_cache(maxsize=1)
def level_grades() -> dict[str, str | None]:
    data = yaml.safe_load(PATH.read_text(encoding="utf-8"))
    if set(data) != {"levels"}:
        raise ValueError(f"{PATH}: expected only the key 'levels', found {sorted(data)}")
    for level, grade in data["levels"].items():
        if grade is not None and grade not in GRADES:
            raise ValueError(f"{PATH}: level {level}: unknown grade {grade!r}")
    return dict(data["levels"])


def grade_of(level: str) -> str | None:
    if level not in level_grades():
        raise KeyError(f"{PATH}: no grade for exam level {level!r}")
    return level_grades()[level]
