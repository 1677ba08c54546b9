"""Work years as rules.workyears counts them: both days included, 29 February safe, full-time study excluded."""
import datetime as dt

import pytest

from rules.workyears import counted_years, counting_start

D = dt.date


@pytest.mark.parametrize("start,cutoff,years", [
    (D(2017, 1, 1), D(2021, 12, 31), 5),      # the counted_years docstring example
    (D(2017, 1, 2), D(2021, 12, 31), 4),      # the counted_years docstring example
    (D(2021, 12, 31), D(2021, 12, 31), 0),
    (D(2022, 1, 1), D(2021, 12, 31), 0),      # starts after the cut-off
    (D(2016, 2, 29), D(2021, 2, 28), 5),      # anniversary of a leap day falls on 1 March
    (D(2016, 2, 29), D(2021, 2, 27), 4),
    (D(2016, 2, 29), D(2020, 2, 28), 4),      # leap year: the anniversary exists
    (D(2016, 2, 29), D(2020, 2, 27), 3),
    (D(2015, 3, 1), D(2020, 2, 29), 5),
])
def test_counted_years_is_the_largest_n_with_start_plus_n_years_within_cutoff_plus_one_day(start, cutoff, years):
    assert counted_years(start, cutoff) == years


def test_full_time_study_moves_the_start_to_the_graduation_date():
    start = counting_start(D(2015, 9, 1), graduation=D(2017, 6, 30), full_time=True, study_counts=False)
    assert start == D(2017, 6, 30)


def test_part_time_study_keeps_the_work_start():
    start = counting_start(D(2015, 9, 1), graduation=D(2017, 6, 30), full_time=False, study_counts=False)
    assert start == D(2015, 9, 1)


def test_counting_from_a_qualification_never_starts_before_the_related_work():
    start = counting_start(D(2016, 1, 1), graduation=D(2010, 6, 30), full_time=True, study_counts=False,
                           work_start=D(2018, 3, 1))
    assert start == D(2018, 3, 1)
