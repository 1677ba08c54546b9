"""Candidate pages: the self-check verdict, uploads with fields and problems, submission, returns."""
import datetime as dt
import time

import pytest

from portal.demo.people import spec
from portal.demo.scans import scan
from portal.services.cases import submission
from tests.ui.conftest import app, texts

PEOPLE = {p["name"]: p for p in spec()["candidates"]}
ZHOU = PEOPLE["周杰"]  # draft, password set, no self-check yet


def _self_check(at, graduation, work):
    at.date_input(key="sc_grad").set_value(graduation)
    at.date_input(key="sc_work").set_value(work)
    at.form_submit_button[0].click().run()
    return at


def test_self_check_shows_the_verdict_and_every_required_document_with_where_to_get_it(login):
    at = app(login(ZHOU["id_number"]), "portal/ui/candidate/self_check.py")
    _self_check(at, dt.date(2011, 6, 30), dt.date(2011, 7, 1))
    shown = texts(at)
    assert "符合报考条件" in shown and "不符合" not in shown
    for name, where in (("资格考试报名表", "盖章"), ("工作年限证明", "列明"), ("教育部学历证书电子注册备案表", "学信网")):
        assert name in shown and where in shown


def test_self_check_names_the_unmet_condition_in_plain_chinese(login):
    at = app(login(ZHOU["id_number"]), "portal/ui/candidate/self_check.py")
    _self_check(at, dt.date(2023, 6, 30), dt.date(2023, 7, 1))
    assert "不符合报考条件" in texts(at)
    assert any("工作年限不足" in m.value for m in at.markdown)


def test_upload_shows_fields_and_problems_and_submits_only_when_every_slot_is_filled(login, db):
    who = login(ZHOU["id_number"])
    answers = ZHOU["newcomer"]
    case_id = submission.my_cases(db, who)[0]["id"]
    submission.save_self_check(db, who, case_id, answers)
    at = app(who, "portal/ui/candidate/upload.py")
    assert at.button(key="upload_submit").disabled
    assert "还缺少" in texts(at)
    tweaks = {"chsi_record": {"name": "周洁"}}  # a misread name on the CHSI record
    for kind in ("application_form", "work_proof", "chsi_record"):
        name, data = scan(kind, ZHOU, answers, tweaks.get(kind), fmt="pdf")
        at.file_uploader(key=f"up_{kind}_0").set_value((name, data, "application/pdf")).run()
        assert not at.exception
        assert f"已上传：{name}" in texts(at)
    _wait_for_reading(db, who, case_id)
    at.run()
    shown = texts(at)
    assert "识别为：教育部学历证书电子注册备案表" in shown
    assert any("上的姓名（周洁）与名单上的姓名不一致" in e.value for e in at.error)
    assert not at.button(key="upload_submit").disabled
    at.button(key="upload_submit").click().run()
    assert submission.my_cases(db, who)[0]["state"] == "submitted"


def _wait_for_reading(db, who, case_id, timeout=120):
    """The files are read by the portal's workers, not in the page: wait until every one is read."""
    from portal.services.views import documents as documents_view
    deadline = time.monotonic() + timeout
    while any(p["state"] in ("queued", "running") for p in documents_view.reading_progress(db, who, case_id)):
        assert time.monotonic() < deadline, "files not read in time"
        time.sleep(0.2)


def test_a_returned_candidate_sees_every_item_at_once(login):
    at = app(login(PEOPLE["杨帆"]["id_number"]), "portal/ui/candidate/my_case.py")
    shown = texts(at)
    assert "一次性补正以下全部 2 项" in shown
    assert "17:00（北京时间） 前一次性补正" in shown  # a return ends at 17:00 of its last working day
    for item in PEOPLE["杨帆"]["return_items"]:
        assert item in shown  # as the reviewer typed it, full-width punctuation kept


def test_a_failed_candidate_sees_the_reason_and_cannot_change_materials(login):
    who = login(PEOPLE["赵磊"]["id_number"])
    at = app(who, "portal/ui/candidate/my_case.py")
    assert "核查不通过" in texts(at) and any("工作年限不足" in m.value for m in at.markdown)
    at = app(who, "portal/ui/candidate/upload.py")
    assert not at.file_uploader and at.button(key="upload_submit").disabled


def test_a_bad_file_is_refused_with_a_chinese_reason_and_nothing_is_attached(login, db):
    who = login(ZHOU["id_number"])
    case_id = submission.my_cases(db, who)[0]["id"]
    submission.save_self_check(db, who, case_id, ZHOU["newcomer"])
    at = app(who, "portal/ui/candidate/upload.py")
    at.file_uploader(key="up_work_proof_0").set_value(("证明.pdf", b"this is not a pdf at all", "application/pdf")).run()
    assert not at.exception
    assert any("未被接收" in e.value for e in at.error)
    assert submission.documents(db, who, case_id) == []


def test_submission_is_refused_once_the_window_has_closed(login, db):
    from portal.services.cases import rounds
    admin, who = login("admin"), login(ZHOU["id_number"])
    found = rounds.list_rounds(db, admin)[0]
    rounds.update_round(db, admin, found["id"], opens_at=found["opens_at"],
                        closes_at=(dt.datetime.now() - dt.timedelta(days=1)).strftime("%Y-%m-%d %H:%M"),
                        return_days=found["return_days"])
    case_id = submission.my_cases(db, who)[0]["id"]
    submission.save_self_check(db, who, case_id, ZHOU["newcomer"])
    at = app(who, "portal/ui/candidate/upload.py")
    assert "核查材料提交已截止" in texts(at)
    assert at.button(key="upload_submit").disabled


def test_self_check_names_the_exam_and_asks_only_the_chosen_education_types_fields(login):
    at = app(login(ZHOU["id_number"]), "portal/ui/candidate/self_check.py")
    assert "年度 经济专业技术资格" in texts(at)
    keys = {s.key for s in at.selectbox}
    assert "sc_edu" in keys and "sc_tech" not in keys
    at.radio(key="sc_kind").set_value("tech").run()
    keys = {s.key for s in at.selectbox}
    assert "sc_tech" in keys and "sc_edu" not in keys and "sc_origin" not in keys


def test_self_check_with_a_required_date_missing_is_not_saved_and_names_it_in_chinese(login, db):
    who = login(ZHOU["id_number"])
    at = app(who, "portal/ui/candidate/self_check.py")
    at.form_submit_button[0].click().run()
    shown = texts(at)
    assert "以下必填项未填写，自审内容未保存：毕业日期" in shown
    assert "自审内容已保存" not in shown and "graduation_date" not in shown
    assert submission.my_cases(db, who)[0]["declared_json"] in (None, "")


def test_the_upload_page_offers_no_submit_when_the_self_check_leaves_no_slots(login, db):
    who = login(ZHOU["id_number"])
    case_id = submission.my_cases(db, who)[0]["id"]
    with db.transaction() as cur:  # answers saved before required fields were enforced
        cur.execute("UPDATE cases SET declared_json = '{\"education\": \"bachelor\"}' WHERE id = $id", {"id": case_id})
    at = app(who, "portal/ui/candidate/upload.py")
    assert not at.exception
    assert "没有可提交的材料" in texts(at) and not [b for b in at.button if b.key == "upload_submit"]


def test_the_application_form_template_is_the_candidates_own_pdf(login, db):
    from portal.domain.errors import PermissionDenied
    from portal.services.views import candidate as candidate_view
    who = login(ZHOU["id_number"])
    case_id = submission.my_cases(db, who)[0]["id"]
    assert candidate_view.application_form(db, who, case_id)[:5] == b"%PDF-"
    other = login(PEOPLE["赵磊"]["id_number"])
    with pytest.raises(PermissionDenied):
        candidate_view.application_form(db, other, case_id)
    at = app(who, "portal/ui/candidate/self_check.py")
    assert [b for b in at.get("download_button") if b.proto.id.endswith("-sc_form_template")]
