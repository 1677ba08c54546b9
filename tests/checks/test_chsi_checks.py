"""学信网 verification codes and certificate numbers: failures only where the published numbering rules are firm."""
from checks import chsi


def by_code(findings):
    return {f["code"]: f for f in findings}


def test_a_16_character_code_starting_with_a_passes_with_the_verification_link():
    got = by_code(chsi.verification_code("ayqx uhuq g7zy wxkw", file="备案表.pdf"))
    assert set(got) == {"vcode_verify_url"}
    assert "vcode=AYQXUHUQG7ZYWXKW" in got["vcode_verify_url"]["message"]


def test_an_unusual_code_only_warns():
    assert by_code(chsi.verification_code("BYQXUHUQG7ZYWXKW"))["vcode_unusual"]["severity"] == "warn"
    assert by_code(chsi.verification_code("AYQXUHUQG7ZYWXKO"))["vcode_unusual"]["severity"] == "warn"


def test_a_legacy_12_digit_code_is_accepted():
    got = by_code(chsi.verification_code("828264861563"))
    assert got["vcode_legacy"]["severity"] == "info" and "vcode_format" not in got


def test_a_code_of_the_wrong_shape_fails():
    for bad in ("AYQXUHUQG7ZYWXK", "AYQXUHUQG7ZYWXKW1", "82826486156", "AYQXUHUQ-7ZY#WXKW"):
        assert by_code(chsi.verification_code(bad))["vcode_format"]["severity"] == "fail", bad


def test_a_well_formed_certificate_number_passes_also_when_grouped_in_fours():
    assert chsi.certificate_no("1001 3120 1905 0032 12", graduation_date="2019-06-30",
                               education_level="bachelor", study_type="普通高等教育") == []


def test_the_level_digits_must_match_the_level():
    [f] = chsi.certificate_no("100131201905003212", graduation_date="2019-06-30", education_level="junior_college")
    assert (f["code"], f["severity"], f["expected"]) == ("cert_no_level", "fail", "junior_college")
    assert by_code(chsi.certificate_no("100131201903003212"))["cert_no_level"]["severity"] == "fail"


def test_a_year_or_type_that_disagrees_only_warns():
    got = by_code(chsi.certificate_no("100135201805003212", graduation_date="2019-06-30",
                                      education_level="bachelor", study_type="普通高等教育"))
    assert got["cert_no_year"]["severity"] == "warn" and got["cert_no_type"]["severity"] == "warn"


def test_17_digits_are_accepted_for_2001_to_2003_and_questioned_later():
    assert chsi.certificate_no("10013120020501234", graduation_date="2002-07-01", education_level="bachelor") == []
    assert by_code(chsi.certificate_no("10013120100501234", graduation_date="2010-07-01"))["cert_no_length"]["severity"] == "warn"


def test_self_study_numbers_skip_the_school_structure():
    assert chsi.certificate_no("100136201999003212", graduation_date="2019-06-30", education_level="bachelor") == []


def test_letters_or_a_wrong_length_fail():
    for bad in ("10013120190500321A", "1001312019050032", "1001312019050032123"):
        assert by_code(chsi.certificate_no(bad))["cert_no_format"]["severity"] == "fail"


def test_cscse_numbers_accept_both_known_forms():
    assert chsi.cscse_number("120190000001") == []
    assert chsi.cscse_number("教留服认 美[2010]00001号") == []
    assert chsi.cscse_number("ABC123")[0]["severity"] == "warn"
