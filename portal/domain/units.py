"""The Hunan unit tree (reference data in `data/units/hunan.csv`, GB/T 2260 codes as the provincial
system writes them: `43`, `4301`, `430102`): units for certificate codes, and the 14 cities and
prefectures by code and by name."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from checks import normalize

DATA_DIR = Path(__file__).resolve().parents[2] / "data" / "units"
UNITS_CSV = DATA_DIR / "hunan.csv"
LEVELS = ("province", "city", "county")


@dataclass(frozen=True)
class Unit:
    code: str
    name: str
    level: str
    parent: str | None

    @property
    def unit_part(self) -> str:
        """The 8-digit positions 7–14 of a Hunan code: code without 43, right-padded with 0."""
        return unit_part(self.code)


def unit_part(code: str) -> str:
    return code[2:].ljust(8, "0")


class UnitTree:
    """All units by code and by their 8-digit unit part (both are one-to-one)."""

    def __init__(self, units: list[Unit]):
        self.by_code = {u.code: u for u in units}
        self.by_part = {u.unit_part: u for u in units}
        if len(self.by_part) != len(units):
            raise ValueError("unit tree: two units share one 8-digit unit part")

    def get(self, code: str) -> Unit | None:
        return self.by_code.get(str(code).strip())

    def from_part(self, part: str) -> Unit | None:
        return self.by_part.get(part)

    def children(self, code: str) -> list[Unit]:
        return [u for u in self.by_code.values() if u.parent == code]

    def city_of(self, code: str) -> Unit | None:
        unit = self.get(code)
        while unit is not None and unit.level == "county":
            unit = self.get(unit.parent or "")
        return unit if unit is not None and unit.level == "city" else None

    def find(self, text: str) -> Unit | None:
        """A unit by code (`4301`, `430100`) or exact name (`长沙市`, `长沙`)."""
        text = "".join(str(text or "").split())
        if text.isdigit() and len(text) == 6 and text.endswith("00") and text[:4] in self.by_code:
            return self.by_code[text[:4]]
        if text in self.by_code:
            return self.by_code[text]
        for unit in self.by_code.values():
            if text and (unit.name == text or unit.name.rstrip("市") == text):
                return unit
        return None


def load_units(path: str | Path | None = None) -> UnitTree:
    path = Path(path) if path else UNITS_CSV
    units: list[Unit] = []
    with open(path, encoding="utf-8", newline="") as handle:
        for lineno, row in enumerate(csv.DictReader(handle), start=2):
            code, level = (row.get("code") or "").strip(), (row.get("level") or "").strip()
            expected = {"province": 2, "city": 4, "county": 6}.get(level)
            if expected is None or len(code) != expected or not code.isdigit():
                raise ValueError(f"{path}:{lineno}: bad unit code {code!r} for level {level!r}")
            if not code.startswith("43"):
                raise ValueError(f"{path}:{lineno}: unit {code} is not in Hunan (43)")
            units.append(Unit(code, row["name"].strip(), level, (row.get("parent") or "").strip() or None))
    tree = UnitTree(units)
    for unit in units:
        if unit.parent is not None and unit.parent not in tree.by_code:
            raise ValueError(f"{path}: unit {unit.code} names unknown parent {unit.parent}")
    return tree


@lru_cache(maxsize=1)
def hunan_units() -> UnitTree:
    return load_units()



@lru_cache(maxsize=1)
def cities() -> dict[str, str]:
    """code -> name, e.g. {'4301': '长沙市', ...}."""
    return {u.code: u.name for u in hunan_units().by_code.values() if u.level == "city"}


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
    s = normalize.clean(value).replace(" ", "")
    if s in cities():
        return s
    return _by_name().get(s)


def city_name(code: str) -> str:
    return cities().get(code, code)
