"""A return deadline: N working days after the day of the return, at the round's closing time."""
import datetime as dt

import pytest

from portal.domain.deadlines import close_time, return_deadline


def weekdays(day):
    return day.weekday() < 5


def test_five_working_days_from_a_thursday_end_the_next_thursday_at_five_pm():
    returned = dt.datetime(2026, 12, 3, 3, 42)  # a Thursday, 03:42
    assert return_deadline(returned, 5, weekdays) == dt.datetime(2026, 12, 10, 17, 0)


def test_a_weekend_and_a_holiday_are_skipped_and_the_close_time_is_the_rounds():
    holiday = dt.date(2026, 12, 7)
    returned = dt.datetime(2026, 12, 4, 16, 0)  # Friday
    due = return_deadline(returned, 1, lambda d: weekdays(d) and d != holiday, "12:00")
    assert due == dt.datetime(2026, 12, 8, 12, 0)


def test_a_bad_close_time_or_no_days_is_refused():
    with pytest.raises(ValueError):
        close_time("5pm")
    with pytest.raises(ValueError):
        return_deadline(dt.datetime(2026, 12, 4), 0, weekdays)
