"""Working days for 公示 notice periods, by the Chinese statutory calendar (国务院办公厅 annual holiday notices, as the chinesecalendar package records them).

`chinesecalendar` knows the State Council's 放假调休 tables for the years it ships (2004–2026 in
1.11.0). For a later year an administrator must first enter that year's holidays and 调休 working
days (table `holiday_overrides`) and declare the year entered; otherwise we refuse to count."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

import chinese_calendar

MIN_NOTICE_DAYS = 5
KNOWN_YEARS = (min(chinese_calendar.holidays).year, max(chinese_calendar.holidays).year)


class CalendarUnknown(ValueError):
    """The year's holiday arrangement is known neither to the package nor to the administrator."""

    def __init__(self, year: int):
        super().__init__(
            f"无法计算工作日：{year}年的节假日安排尚未收录（chinesecalendar 只覆盖 {KNOWN_YEARS[0]}–"
            f"{KNOWN_YEARS[1]} 年）。请管理员先按国务院办公厅通知录入{year}年的放假和调休上班日期。")
        self.year = year


@dataclass(frozen=True)
class WorkCalendar:
    """Administrator overrides (date → is working day) and the years they declared complete."""
    overrides: Mapping[dt.date, bool] = field(default_factory=dict)
    entered_years: frozenset[int] = frozenset()

    def is_workday(self, day: dt.date) -> bool:
        if day in self.overrides:
            return bool(self.overrides[day])
        if KNOWN_YEARS[0] <= day.year <= KNOWN_YEARS[1]:
            return chinese_calendar.is_workday(day)
        if day.year in self.entered_years:
            return day.weekday() < 5
        raise CalendarUnknown(day.year)

    def notice_end(self, start: dt.date, days: int = MIN_NOTICE_DAYS, *, count_start: bool = True) -> dt.date:
        """The last day of a notice of `days` working days published on `start`.

        With `count_start` the publication day counts when it is a working day; otherwise counting
        begins the next working day. Raises ValueError below the 5-day minimum."""
        if days < MIN_NOTICE_DAYS:
            raise ValueError(f"公示期不得少于{MIN_NOTICE_DAYS}个工作日（设定为{days}个）")
        day = start if count_start else start + dt.timedelta(days=1)
        counted = 0
        while True:
            if self.is_workday(day):
                counted += 1
                if counted == days:
                    return day
            day += dt.timedelta(days=1)

    def workdays_between(self, first: dt.date, last: dt.date) -> int:
        """Working days from `first` to `last`, both included."""
        total, day = 0, first
        while day <= last:
            total += self.is_workday(day)
            day += dt.timedelta(days=1)
        return total
