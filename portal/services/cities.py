"""The 14 cities and prefectures of Hunan, by code and by name (data/units/hunan.csv)."""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from portal.services import normalize

UNITS_CSV = Path(__file__).resolve().parents[2] / "data" / "units" / "hunan.csv"


@lru_cache(maxsize=1)
def cities() -> dict[str, str]:
    """code -> name, e.g. {'4301': '长沙市', ...}."""
    with UNITS_CSV.open(encoding="utf-8") as fh:
        return {r["code"]: r["name"] for r in csv.DictReader(fh) if r["level"] == "city"}


def all_codes() -> tuple[str, ...]:
    return tuple(cities())


@lru_cache(maxsize=1)
def _by_name() -> dict[str, str]:
    out = {}
    for code, name in cities().items():
        out[name] = code
        out[name.removesuffix("市")] = code
        if name.endswith("自治州"):
            short = name[:2]
            out.update({short: code, short + "州": code, short + "自治州": code})
    return out


def city_code(value) -> str | None:
    """'4301', '长沙市', '长沙', '湘西州' -> code; None when unknown."""
    s = normalize.text(value).replace(" ", "")
    if s in cities():
        return s
    return _by_name().get(s)


def city_name(code: str) -> str:
    return cities().get(code, code)
