"""The reviewer's reading of the rules' numbers: required and counted years in words."""
from portal.services.views import review


def test_an_eligible_verdict_shows_both_numbers():
    assert review.rule_years({"required_years": 4, "counted_years": 6, "reasons": []}) == "（要求 4 年，计得 6 年）"


def test_a_refused_education_still_shows_the_years_counted_and_the_accepting_tiers_requirement():
    refused = [{"code": "education_not_accepted", "message": "本科学历（其他专业）不符合报考条件"}]
    assert review.rule_years({"required_years": 3, "counted_years": 6, "reasons": refused}) == \
        "（可报考的专业类别要求 3 年，计得 6 年）"
    assert review.rule_years({"required_years": None, "counted_years": 5, "reasons": refused}) == \
        "（该学历在各专业类别均不符合条件，计得 5 年）"


def test_no_numbers_give_no_text_and_a_missing_count_is_not_printed_as_none():
    assert review.rule_years({"required_years": None, "counted_years": None, "reasons": []}) == ""
    assert review.rule_years({"required_years": 0, "counted_years": None}) == "（要求 0 年）"
