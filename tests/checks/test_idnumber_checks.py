"""ID numbers (GB 11643-1999): checksum, birth date and sex digit, region advisory only."""
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from checks import idnumber


def codes(findings):
    return sorted(f["code"] for f in findings)


def test_known_good_numbers_pass():
    for number in ("360426199101010071", "120103198806018241", "34052419800101001X", "370101190102039973"):
        assert idnumber.check(number) == [], number


def test_a_wrong_check_character_fails_and_names_the_right_one():
    [f] = idnumber.check("360426199101010072", file="a.png")
    assert (f["code"], f["severity"], f["expected"], f["file"], f["field"]) == ("id_checksum", "fail", "1", "a.png", "id_number")


def test_an_impossible_birth_date_fails():
    first17 = "43010219900230123"
    assert "id_birth_date" in codes(idnumber.check(first17 + idnumber.check_digit(first17)))


def test_a_future_birth_date_fails():
    first17 = "43010220990101123"
    assert "id_birth_date" in codes(idnumber.check(first17 + idnumber.check_digit(first17), today=dt.date(2026, 1, 1)))


def test_the_sex_digit_must_agree_with_the_stated_gender():
    assert idnumber.gender("120103198806018241") == "女"
    [f] = idnumber.check("120103198806018241", stated_gender="男")
    assert (f["code"], f["read"], f["expected"]) == ("id_gender", "120103198806018241", "男")


def test_a_retired_county_code_is_accepted_and_an_unknown_province_only_warns():
    first17 = "43012219800101123"  # 望城县, retired in 2011
    assert idnumber.check(first17 + idnumber.check_digit(first17)) == []
    first17 = "80010219800101123"
    [f] = idnumber.check(first17 + idnumber.check_digit(first17))
    assert (f["code"], f["severity"]) == ("id_region", "warn")


def test_a_foreigners_permanent_residence_id_is_recognised_without_a_region_warning():
    first17 = "94384019850312004"  # 9, issuing province 43, nationality code 840, born 1985-03-12
    number = first17 + idnumber.check_digit(first17)
    [f] = idnumber.check(number)
    assert (f["code"], f["severity"]) == ("id_foreign_permanent", "info")
    assert idnumber.is_foreign_permanent(number) and idnumber.is_valid(number)


def test_a_foreigners_permanent_residence_id_still_gets_checksum_date_and_sex_checks():
    first17 = "94384019850312004"
    wrong = first17 + ("0" if idnumber.check_digit(first17) != "0" else "1")
    assert codes(idnumber.check(wrong, stated_gender="男")) == ["id_checksum", "id_foreign_permanent", "id_gender"]
    first17 = "94384019851312004"
    assert "id_birth_date" in codes(idnumber.check(first17 + idnumber.check_digit(first17)))


def test_malformed_numbers_fail_on_format():
    for bad in ("43010219900101123", "4301021990010112345", "43010219900101123Y", ""):
        assert codes(idnumber.check(bad)) == ["id_format"]


@given(st.integers(0, 10**9), st.integers(0, 16), st.integers(1, 9))
def test_changing_any_one_digit_breaks_the_checksum(seed, pos, delta):
    first17 = f"430102{19500101 + seed % 400000:08d}{seed % 1000:03d}"[:17]
    number = first17 + idnumber.check_digit(first17)
    changed = number[:pos] + str((int(number[pos]) + delta) % 10) + number[pos + 1:]
    assert idnumber.check_digit(changed[:17]) != changed[17]
