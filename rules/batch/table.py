"""The batch path's lookup arrays, built once from the loaded conditions. A level rule has an
index `level_rule`; a requirement cell (level rule, education, tier) has the index
cell_index = level_rule * 21 + education * 3 + tier; alternatives sit side by side (k = 0 is the main row)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rules import params
from rules.conditions import Alternative, LevelRule
from rules.loader import catalog

EDUCATIONS = params.education_codes()
TIERS = params.TIERS
HOLDS = tuple(params.holds_codes())


def to_int(d) -> int | None:
    return None if d is None else d.year * 10000 + d.month * 100 + d.day


@dataclass(frozen=True)
class Tables:
    levels: list[LevelRule]                       # index: level_rule
    level_index: dict[tuple[str, str, int], int]  # (exam, level, version) → level_rule
    cells: list[tuple[LevelRule, str, str, tuple[Alternative, ...]]]   # index: cell_index
    width: int                                    # most alternatives of any cell
    alt: dict[str, list]                          # f"{name}{k}" → list over cell_index


def usable(alts: tuple[Alternative, ...], tier: str) -> tuple[Alternative, ...]:
    """The main row always; extra routes only where they admit this tier."""
    return (alts[0],) + tuple(a for a in alts[1:] if a.cells[tier].years is not None)


@lru_cache(maxsize=1)
def tables() -> Tables:
    levels = [lv for exam in catalog().values() for v in exam.versions for lv in v.levels.values()]
    cells = [(lv, edu, tier, usable(lv.requirements[edu], tier))
             for lv in levels for edu in EDUCATIONS for tier in TIERS]
    width = max(len(c[3]) for c in cells)
    alt: dict[str, list] = {}
    for k in range(width):
        rows = [(lv, tier, alts[k] if k < len(alts) else None) for lv, _, tier, alts in cells]
        alt[f"years{k}"] = [a.cells[t].years if a else None for _, t, a in rows]
        alt[f"shown_years{k}"] = [a.nearest_years(t) if a else None for _, t, a in rows]
        alt[f"total_years{k}"] = [a.cells[t].total_years if a and lv.has_total else None for lv, t, a in rows]
        alt[f"requires_bit{k}"] = [1 << HOLDS.index(a.requires) if a and a.requires else 0 for _, _, a in rows]
        alt[f"from_holds{k}"] = [bool(a and a.count_from == "holds_since") for _, _, a in rows]
        alt[f"graduated_by{k}"] = [to_int(a.graduated_by) if a else None for _, _, a in rows]
        alt[f"present{k}"] = [a is not None for _, _, a in rows]
    index = {(lv.exam, lv.level, lv.version): i for i, lv in enumerate(levels)}
    return Tables(levels, index, cells, width, alt)
