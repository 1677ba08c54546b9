"""When a return for supplementation must be answered: the given number of working days after the
day of the return (that day not counted), ending at the round's closing time (17:00 by default),
never at the minute the reviewer happened to press the button."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

DEFAULT_CLOSE = "17:00"


def close_time(text: str | None) -> dt.time:
    """'17:00' -> time(17, 0); None or empty -> 17:00. ValueError on anything else."""
    hours, minutes = (text or DEFAULT_CLOSE).strip().split(":")
    return dt.time(int(hours), int(minutes))


def return_deadline(returned_at: dt.datetime, working_days: int, is_workday: Callable[[dt.date], bool],
                    close: str | None = None) -> dt.datetime:
    """The `working_days`-th working day after the return, at `close` (HH:MM, Beijing time)."""
    if working_days < 1:
        raise ValueError("working_days must be at least 1")
    day, counted = returned_at.date(), 0
    while counted < working_days:
        day += dt.timedelta(days=1)
        counted += bool(is_workday(day))
    return dt.datetime.combine(day, close_time(close))


def reminder_horizon(today: dt.date, is_workday: Callable[[dt.date], bool], working_days: int = 2) -> dt.date:
    """The last day whose deadlines are due a reminder today: the `working_days`-th working day after
    `today` (a deadline on Monday is reminded from the Thursday before, with a working Friday)."""
    day, counted = today, 0
    while counted < working_days:
        day += dt.timedelta(days=1)
        counted += bool(is_workday(day))
    return day
