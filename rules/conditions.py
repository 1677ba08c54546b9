"""The compiled exam conditions: what the loader builds from `rules/exams/*.yaml`."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from rules.sources import Source


@dataclass(frozen=True)
class Fact:
    """A sourced statement that is not a number (route availability, cut-off, study rule)."""
    value: object
    source: str
    confirmed: bool = True
    text_zh: str = ""


@dataclass(frozen=True)
class Cell:
    """Years for one education level and major tier; None = that tier is not eligible."""
    years: int | None
    total_years: int | None
    source: str
    confirmed: bool = True
    note_zh: str = ""


@dataclass(frozen=True)
class Alternative:
    """One way to qualify for an education level: the main table row or an extra route."""
    cells: dict[str, Cell]            # tier → cell, tier aliases already resolved
    requires: str | None              # prior qualification code (holds)
    requires_source: str
    count_from: str                   # "work_start" or "holds_since"
    graduated_by: dt.date | None      # education obtained on or before this date
    note_zh: str = ""

    def nearest_years(self, tier: str) -> int | None:
        """Years of the tier itself, or of the nearest tier that accepts this education (the
        stricter-major side first on a tie), so a refused tier still shows the number it misses."""
        order = list(self.cells)
        here = order.index(tier)
        for t in sorted(order, key=lambda t: (abs(order.index(t) - here), order.index(t))):
            if self.cells[t].years is not None:
                return self.cells[t].years
        return None


@dataclass(frozen=True)
class LevelRule:
    exam: str
    level: str
    version: int
    label_zh: str                     # e.g. 经济专业技术资格·中级（2021年起）
    work_zh: str
    total_work_zh: str
    has_total: bool
    cutoff: tuple[int, int]           # (month, day) in the exam year
    cutoff_fact: Fact
    full_time_study: Fact             # value False: full-time study time does not count
    tiers_zh: dict[str, str]
    requirements: dict[str, tuple[Alternative, ...]]   # education code → alternatives
    exempt: Fact
    addon: Fact

    def cutoff_date(self, exam_year: int) -> dt.date:
        return dt.date(exam_year, *self.cutoff)


@dataclass(frozen=True)
class Version:
    from_year: int
    until: int | None
    basis_zh: str
    source: str
    levels: dict[str, LevelRule]


@dataclass(frozen=True)
class ExamRules:
    exam: str
    name_zh: str
    file: str
    tech_school: Fact
    notes_zh: str
    sources: dict[str, Source]        # key → the official texts (and pointers) it cites
    versions: tuple[Version, ...] = field(default_factory=tuple)

    def version_for(self, exam_year: int) -> Version | None:
        if not 1900 <= exam_year <= 2100:          # outside any plausible exam year: no rule
            return None
        for v in self.versions:
            if v.from_year <= exam_year and (v.until is None or exam_year <= v.until):
                return v
        return None
