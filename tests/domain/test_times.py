"""Times as users read them: date, minutes and the zone, always Beijing time."""
import datetime as dt

from portal.domain.times import beijing


def test_a_naive_portal_time_is_shown_with_its_date_and_zone():
    assert beijing(dt.datetime(2026, 12, 7, 17, 0, 59)) == "2026-12-07 17:00（北京时间）"
    assert beijing(dt.datetime(2026, 12, 7, 17, 0), zone=False) == "2026-12-07 17:00"


def test_an_aware_time_is_converted_to_beijing_and_none_is_blank():
    utc = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)
    assert beijing(utc) == "2026-12-07 17:00（北京时间）"
    assert beijing(None) == "" and beijing(dt.date(2026, 12, 7)) == "2026-12-07"
