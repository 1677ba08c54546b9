import datetime as dt

import pytest

from portal.publish.workdays import CalendarUnknown, WorkCalendar

D = dt.date


def test_a_notice_published_before_national_day_skips_the_whole_golden_week():
    # 9-28, 9-29, 9-30, then 10-1..10-7 off, then 10-8, 10-9
    assert WorkCalendar().notice_end(D(2026, 9, 28)) == D(2026, 10, 9)


def test_the_adjusted_working_saturday_after_national_day_counts_as_a_working_day():
    assert WorkCalendar().notice_end(D(2026, 9, 28), 6) == D(2026, 10, 10)


def test_a_notice_across_spring_festival_counts_the_adjusted_working_saturday_before_it():
    # 2-13 (Fri), 2-14 (Sat, 调休上班), then 2-15..2-23 off, 2-24, 2-25, 2-26
    assert WorkCalendar().notice_end(D(2026, 2, 13)) == D(2026, 2, 26)


def test_publication_on_a_weekend_starts_counting_on_the_next_working_day():
    assert WorkCalendar().notice_end(D(2026, 11, 21)) == D(2026, 11, 27)


def test_without_counting_the_publication_day_the_notice_ends_one_working_day_later():
    assert WorkCalendar().notice_end(D(2026, 11, 23), count_start=False) == D(2026, 11, 30)


def test_a_notice_shorter_than_five_working_days_is_refused():
    with pytest.raises(ValueError, match="不得少于5个工作日"):
        WorkCalendar().notice_end(D(2026, 11, 23), 4)


def test_a_notice_running_into_a_year_the_calendar_does_not_know_is_refused_in_chinese():
    with pytest.raises(CalendarUnknown, match="2027年的节假日安排尚未收录"):
        WorkCalendar().notice_end(D(2026, 12, 28))


def test_an_administrator_entered_year_is_counted_with_its_holidays_and_adjusted_days():
    overrides = {D(2027, 1, 1): False, D(2027, 1, 2): True}  # a made-up 调休 Saturday
    cal = WorkCalendar(overrides, frozenset({2027}))
    # 12-28..12-31 (4 days), 1-1 off, 1-2 adjusted working Saturday = 5th day
    assert cal.notice_end(D(2026, 12, 28)) == D(2027, 1, 2)
    assert cal.workdays_between(D(2026, 12, 28), D(2027, 1, 4)) == 6


def test_working_days_between_counts_both_ends_across_national_day():
    assert WorkCalendar().workdays_between(D(2026, 9, 28), D(2026, 10, 10)) == 6
