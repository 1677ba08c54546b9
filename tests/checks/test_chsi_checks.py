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
    got = by_code(chsi.certificate_no("10013120100301234", graduation_date="2010-07-01"))
    assert set(got) == {"cert_no_length", "cert_no_level"}  # a length warning does not stop the structure check


def test_a_17_digit_self_study_number_is_checked_as_self_study_with_or_without_a_study_type():
    number = "65430111121012345"  # 6 自考, 5 本科, 43 01 11 湖南长沙雨花, year code 12, sitting 1
    for study_type in ("高等教育自学考试", None):
        assert chsi.certificate_no(number, graduation_date="2015-12-30", education_level="bachelor",
                                   study_type=study_type) == [], study_type


def test_a_17_digit_self_study_number_names_each_position_it_rejects():
    got = by_code(chsi.certificate_no("68990111123012345", education_level="bachelor"))
    assert got["cert_no_level"]["severity"] == "fail" and "第2位“8”" in got["cert_no_level"]["message"]
    assert got["cert_no_region"]["severity"] == "warn" and "第3–4位“99”" in got["cert_no_region"]["message"]
    assert got["cert_no_sitting"]["severity"] == "warn" and "第11位“3”" in got["cert_no_sitting"]["message"]
    [f] = chsi.certificate_no("66430111121012345", education_level="bachelor")
    assert (f["code"], f["expected"]) == ("cert_no_level", "bachelor")
    [f] = chsi.certificate_no("65430111121012345", study_type="普通高等教育")
    assert (f["code"], f["severity"]) == ("cert_no_type", "warn")


def test_an_18_digit_self_study_number_gets_the_school_structure():
    assert chsi.certificate_no("105376201905001234", graduation_date="2019-06-30", education_level="bachelor",
                               study_type="高等教育自学考试") == []
    got = by_code(chsi.certificate_no("123456789012345678"))
    assert got["cert_no_year"]["severity"] == "fail" and "第7–10位“7890”" in got["cert_no_year"]["message"]
    assert got["cert_no_level"]["severity"] == "fail" and "第11–12位“12”" in got["cert_no_level"]["message"]


def test_an_unknown_type_digit_is_questioned_even_without_a_study_type():
    got = by_code(chsi.certificate_no("100133201905003212"))
    assert got["cert_no_type"]["severity"] == "warn" and "第6位“3”" in got["cert_no_type"]["message"]
    assert by_code(chsi.certificate_no("000001201905003212"))["cert_no_school"]["severity"] == "fail"


def test_letters_or_a_wrong_length_fail():
    for bad in ("10013120190500321A", "1001312019050032", "1001312019050032123"):
        assert by_code(chsi.certificate_no(bad))["cert_no_format"]["severity"] == "fail"


def test_cscse_numbers_accept_both_known_forms():
    assert chsi.cscse_number("120190000001") == []
    assert chsi.cscse_number("教留服认 美[2010]00001号") == []
    assert chsi.cscse_number("ABC123")[0]["severity"] == "warn"
