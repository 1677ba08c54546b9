"""Each kind of message has its own SMS: one text message (at most 70 characters with the signature)
for the longest exam and level names, signed, with no ID or phone number, and the variables a
gateway template fills in."""
import datetime as dt
import re

import pytest

from portal.domain import message_texts, names, sms_texts

DEADLINE = dt.datetime(2026, 12, 9, 17, 0)
EXAMS = [(e, lv) for e in names.codes("exam") for lv in names.codes("level")]
ID_OR_PHONE = re.compile(r"(?<![0-9A-Z])(\d{17}[\dX]|1[3-9]\d{9})(?!\d)")


def _all_kinds(exam: str, level: str) -> dict[str, sms_texts.Sms]:
    case = {"exam": exam, "level": level, "exam_year": 2026, "id": 12, "title": "长沙市2026年度经济专业技术资格（中级）"
            "考后人工核查合格人员名单（第1批）"}
    qualification = message_texts.exam_words(exam, level)
    return {"returned": message_texts.returned(case, DEADLINE, ["补充学历证明"])[2],
            "passed": message_texts.decided(case, True)[2], "failed": message_texts.decided(case, False, ["年限不足"])[2],
            "deadline": message_texts.deadline_near(case, DEADLINE)[2],
            "window": message_texts.window_closing(case, DEADLINE)[2],
            "listed": message_texts.listed(case, dt.date(2026, 12, 3), dt.date(2026, 12, 9))[2],
            "certified": sms_texts.certified(qualification, "B05262010000000001")}


@pytest.mark.parametrize(("exam", "level"), EXAMS)
def test_every_kind_fits_one_sms_for_every_exam_and_level(exam, level):
    texts = _all_kinds(exam, level)
    for kind, sms in texts.items():
        assert len(sms.text) <= sms_texts.LIMIT, (kind, len(sms.text), sms.text)
        assert sms.text.startswith("【考后核查】") and not ID_OR_PHONE.search(sms.text), sms.text
        assert not re.search(r"[A-Za-z_]{3,}", sms.text.replace("B05262010000000001", "")), sms.text  # no codes
        assert sms.params["content"] == sms.text
    assert len({s.text for s in texts.values()}) == len(texts)  # each kind its own text


def test_the_texts_carry_what_the_person_needs_and_the_template_variables():
    texts = _all_kinds("fire_engineer_1", "single")
    assert texts["returned"].params == {"exam": "一级注册消防工程师", "deadline": "2026-12-09 17:00（北京时间）",
                                        "content": texts["returned"].text}
    assert "2026-12-09 17:00（北京时间）前" in texts["returned"].text
    assert "结果为：不通过" in texts["failed"].text and "年限不足" not in texts["failed"].text  # reasons in-site only
    assert texts["listed"].params["period"] == "2026-12-03至2026-12-09"
    assert texts["certified"].params["cert_no"] == "B05262010000000001" and "B05262010000000001" in texts["certified"].text
    title, body, template = message_texts.certified_template()
    assert template.format(qualification="一级注册消防工程师", cert_no="B05262010000000001") == texts["certified"].text
