"""Reference names for the UI (exams, levels, cities): read-only, no principal needed."""
from __future__ import annotations

from portal.domain.units import cities
from rules.aliases import EXAMS, LEVEL_NAMES


def exam_names() -> dict[str, str]:
    return dict(EXAMS)


def level_names() -> dict[str, str]:
    return dict(LEVEL_NAMES)


def city_names() -> dict[str, str]:
    return dict(cities())


def exam_name(code: str | None) -> str:
    return EXAMS.get(code or "", code or "")


def level_name(code: str | None) -> str:
    return LEVEL_NAMES.get(code or "", code or "")


def city_name(code: str | None) -> str:
    return cities().get(code or "", code or "")
