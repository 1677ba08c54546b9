"""Verification limits: per client, and per certificate number per client, so a guesser waits alone;
the refusal names the time to come back in Beijing time."""
import datetime as dt

from portal.domain import verify_limits as vl

NOW = dt.datetime(2026, 11, 24, 14, 3, 20)


def ago(minutes):
    return NOW - dt.timedelta(minutes=minutes)


def test_ten_number_checks_from_one_client_wait_until_the_oldest_leaves_the_window():
    tries = [(ago(9 - i * 0.5), f"N{i}", "valid") for i in range(vl.NUMBER_PER_CLIENT)]
    assert vl.number_check_until(tries[:-1], "N0", NOW) is None
    assert vl.number_check_until(tries, "N0", NOW) == ago(9) + vl.WINDOW
    old = [(ago(11), "N0", "valid")] + tries[1:]
    assert vl.number_check_until(old, "N0", NOW) is None


def test_misses_on_one_number_block_only_that_number_for_that_client():
    misses = [(ago(5), "N1", "unknown")] * vl.MISSES_PER_NUMBER
    assert vl.number_check_until(misses, "N1", NOW) == ago(5) + vl.WINDOW
    assert vl.number_check_until(misses, "N2", NOW) is None
    assert vl.number_check_until([(t, no, "valid") for t, no, _ in misses], "N1", NOW) is None


def test_refused_tries_and_pdf_checks_do_not_count_towards_number_checks():
    tries = [(ago(1), "N1", "limited")] * 50 + [(ago(1), "N1", "pdf:valid")] * 50
    assert vl.number_check_until(tries, "N1", NOW) is None
    assert vl.pdf_check_until(tries, None, NOW) == ago(1) + vl.WINDOW


def test_pdf_misses_of_one_number():
    tries = [(ago(2), "N1", "pdf:tampered")] * vl.PDF_MISSES_PER_NUMBER
    assert vl.pdf_check_until(tries, None, NOW) is None
    assert vl.pdf_check_until(tries, "N1", NOW) == ago(2) + vl.WINDOW
    assert vl.pdf_check_until(tries, "N9", NOW) is None


def test_refusal_in_beijing_time_rounded_up():
    assert vl.refusal(dt.datetime(2026, 11, 24, 14, 13, 20)) == "查验次数过多，请于北京时间 14:14 后再试"
    assert vl.refusal(dt.datetime(2026, 11, 24, 14, 13)) == "查验次数过多，请于北京时间 14:13 后再试"
