import datetime as dt
import io

import openpyxl
import pypdfium2
import pytest

from portal.domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from portal.services.publication import lists
from portal.services.publication.calendar import enter_holidays
from portal.services.publication.exports import export_pass_list, pass_list_changes, pass_list_entries
from portal.services.publication.objections import record_objection
from portal.store import clock
from tests.services.publication.passers import CONTACT, city_admin, load_passed, make_candidates, province_admin

D = dt.date
START = D(2026, 9, 28)


def _at(monkeypatch, day: dt.date, hour: int = 10) -> None:
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(day.year, day.month, day.day, hour, 0))


def _published(db, tmp_path, monkeypatch, n=4, start=START):
    _at(monkeypatch, start)
    people = make_candidates(n)
    cases = load_passed(db, tmp_path, people)
    admin = province_admin()
    row = lists.build_pass_list(db, admin, exam="economics", exam_year=2026, city="4301")
    lists.review_pass_list(db, admin, row["id"])
    row = lists.publish_pass_list(db, admin, row["id"], **CONTACT)
    return row, cases, people


def _states(db, ids):
    with db.read() as cur:
        return dict(cur.execute("SELECT id, state FROM cases WHERE list_contains($ids, id)", {"ids": ids}).fetchall())


def test_a_published_list_shows_its_working_day_end_and_moves_its_cases_to_published(db, tmp_path, monkeypatch):
    row, cases, _ = _published(db, tmp_path, monkeypatch)
    assert row["status"] == "published" and row["notice_end"] == D(2026, 10, 9) and row["listed"] == 4
    assert set(_states(db, cases).values()) == {"published"}


def test_a_list_cannot_be_published_before_review_nor_finalised_inside_its_period(db, tmp_path, monkeypatch):
    _at(monkeypatch, D(2026, 9, 28))
    load_passed(db, tmp_path, make_candidates(2))
    admin = province_admin()
    row = lists.build_pass_list(db, admin, exam="economics", exam_year=2026)
    with pytest.raises(Conflict, match="须先复核"):
        lists.publish_pass_list(db, admin, row["id"], start=D(2026, 9, 28), **CONTACT)
    lists.review_pass_list(db, admin, row["id"])
    lists.publish_pass_list(db, admin, row["id"], start=D(2026, 9, 28), **CONTACT)
    _at(monkeypatch, D(2026, 10, 9), 23)
    with pytest.raises(Conflict, match="2026-10-09 结束"):
        lists.finalise_pass_list(db, admin, row["id"])
    _at(monkeypatch, D(2026, 10, 10), 0)
    assert lists.finalise_pass_list(db, admin, row["id"])["status"] == "final"


def test_a_notice_cannot_start_before_the_day_it_is_published_and_a_refusal_changes_nothing(db, tmp_path, monkeypatch):
    _at(monkeypatch, D(2026, 9, 28))
    cases = load_passed(db, tmp_path, make_candidates(2))
    admin = province_admin()
    row = lists.build_pass_list(db, admin, exam="economics", exam_year=2026)
    lists.review_pass_list(db, admin, row["id"])
    with pytest.raises(InvalidInput, match="早于发布当天"):
        lists.publish_pass_list(db, admin, row["id"], start=D(2026, 9, 27), **CONTACT)
    assert lists.get_pass_list(db, admin, row["id"])["status"] == "reviewed"
    assert set(_states(db, cases).values()) == {"passed"}
    later = lists.publish_pass_list(db, admin, row["id"], start=D(2026, 9, 30), **CONTACT)
    assert later["notice_start"] == D(2026, 9, 30) and later["notice_end"] == D(2026, 10, 12)  # 10-10 调休上班
    _at(monkeypatch, D(2026, 10, 12), 18)
    with pytest.raises(Conflict, match="期满后才能确认"):
        lists.finalise_pass_list(db, admin, row["id"])


def test_a_notice_shorter_than_five_working_days_is_refused(db, tmp_path, monkeypatch):
    _at(monkeypatch, D(2026, 9, 28))
    load_passed(db, tmp_path, make_candidates(2))
    admin = province_admin()
    row = lists.build_pass_list(db, admin, exam="economics", exam_year=2026)
    lists.review_pass_list(db, admin, row["id"])
    with pytest.raises(InvalidInput, match="不得少于5个工作日"):
        lists.publish_pass_list(db, admin, row["id"], days=4, **CONTACT)


@pytest.mark.parametrize("missing, message", [("publisher", "发布单位"), ("objection_unit", "受理异议的单位"),
                                              ("objection_phone", "联系电话")])
def test_publishing_needs_the_publisher_and_the_objection_contact(db, tmp_path, monkeypatch, missing, message):
    _at(monkeypatch, D(2026, 9, 28))
    load_passed(db, tmp_path, make_candidates(2))
    admin = province_admin()
    row = lists.build_pass_list(db, admin, exam="economics", exam_year=2026)
    lists.review_pass_list(db, admin, row["id"])
    with pytest.raises(InvalidInput, match=message):
        lists.publish_pass_list(db, admin, row["id"], **(CONTACT | {missing: "  "}))
    assert lists.get_pass_list(db, admin, row["id"])["status"] == "reviewed"


def test_the_publish_time_contact_and_period_are_in_the_audit_trail_and_on_the_public_list(db, tmp_path, monkeypatch):
    from portal.services.views import public
    from portal.store import audit
    row, _, _ = _published(db, tmp_path, monkeypatch)
    with db.read() as cur:
        trail = audit.trail(cur, "pass_list", row["id"])
    assert [e["action"] for e in trail] == ["pass_list.build", "pass_list.review", "pass_list.publish"]
    after = trail[-1]["after"]
    assert after["published_at"] == "2026-09-28T10:00:00" and after["notice_end"] == "2026-10-09"
    assert after["objection_phone"] == "0731-88888888" and after["publisher"] == CONTACT["publisher"]
    shown = next(r for r in public.published_lists(db) if r["id"] == row["id"])
    assert (shown["publisher"], shown["objection_unit"], shown["objection_phone"]) == tuple(CONTACT.values())


def test_publishing_into_an_unknown_holiday_year_is_refused_and_changes_nothing(db, tmp_path, monkeypatch):
    _at(monkeypatch, D(2026, 12, 28))
    cases = load_passed(db, tmp_path, make_candidates(2))
    admin = province_admin()
    row = lists.build_pass_list(db, admin, exam="economics", exam_year=2026)
    lists.review_pass_list(db, admin, row["id"])
    with pytest.raises(InvalidInput, match="2027年的节假日安排尚未收录"):
        lists.publish_pass_list(db, admin, row["id"], start=D(2026, 12, 28), **CONTACT)
    assert lists.get_pass_list(db, admin, row["id"])["status"] == "reviewed"
    assert set(_states(db, cases).values()) == {"passed"}
    enter_holidays(db, admin, 2027, [(D(2027, 1, 1), False, "元旦")], source="国办发明电〔2026〕X号")
    assert lists.publish_pass_list(db, admin, row["id"], start=D(2026, 12, 28), **CONTACT)["notice_end"] == D(2027, 1, 4)


def test_holiday_entry_refuses_a_weekday_marked_as_adjusted_working_day(db):
    with pytest.raises(InvalidInput, match="本来就是工作日"):
        enter_holidays(db, province_admin(), 2027, [(D(2027, 1, 5), True, "")], source="通知")


def test_an_objection_takes_the_case_off_the_list_back_to_review_and_records_the_change(db, tmp_path, monkeypatch):
    row, cases, people = _published(db, tmp_path, monkeypatch)
    admin = province_admin()
    out = record_objection(db, admin, row["id"], cases[0], raised_by="李四 13900000000", reason="工作年限证明不实")
    assert out["list"]["listed"] == 3 and out["list"]["removed"] == 1
    assert _states(db, [cases[0]])[cases[0]] in ("submitted", "resubmitted")
    with db.read() as cur:
        queued = cur.execute("SELECT flagged FROM queue_entries WHERE case_id = $c", {"c": cases[0]}).fetchall()
    assert queued == [(True,)]
    changes = pass_list_changes(db, admin, row["id"])
    assert [c["change"] for c in changes] == ["built", "reviewed", "published", "removed"]
    assert changes[-1]["case_id"] == cases[0] and "工作年限证明不实" in changes[-1]["reason"]
    entry = next(e for e in pass_list_entries(db, admin, row["id"]) if e["case_id"] == cases[0])
    assert entry["status"] == "removed" and "异议" in entry["note"]
    with pytest.raises(Conflict, match="已因异议撤出"):
        record_objection(db, admin, row["id"], cases[0], raised_by="王五", reason="重复")
    _at(monkeypatch, D(2026, 10, 12))
    final = lists.finalise_pass_list(db, admin, row["id"])
    assert _states(db, cases[1:]) == {c: "final" for c in cases[1:]} and final["listed"] == 3


def test_an_objection_after_the_notice_period_is_refused(db, tmp_path, monkeypatch):
    row, cases, _ = _published(db, tmp_path, monkeypatch)
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2026, 10, 10, 9, 0))
    with pytest.raises(Conflict, match="公示期已于 2026-10-09 结束"):
        record_objection(db, province_admin(), row["id"], cases[0], raised_by="李四", reason="不实")


def test_an_objection_without_a_reason_is_refused_and_nothing_changes(db, tmp_path, monkeypatch):
    row, cases, _ = _published(db, tmp_path, monkeypatch)
    with pytest.raises(InvalidInput, match="异议内容"):
        record_objection(db, province_admin(), row["id"], cases[0], raised_by="李四", reason="  ")
    assert _states(db, [cases[0]])[cases[0]] == "published"


def test_a_city_administrator_cannot_build_a_province_list_or_another_citys_list(db, tmp_path):
    load_passed(db, tmp_path, make_candidates(2))
    with pytest.raises(PermissionDenied):
        lists.build_pass_list(db, city_admin("4302"), exam="economics", exam_year=2026)
    with pytest.raises(PermissionDenied):
        lists.build_pass_list(db, city_admin("4302"), exam="economics", exam_year=2026, city="4301")
    assert lists.build_pass_list(db, city_admin("4301"), exam="economics", exam_year=2026, city="4301")["listed"] == 2


def test_a_case_already_on_an_open_list_is_not_listed_twice(db, tmp_path):
    load_passed(db, tmp_path, make_candidates(3))
    lists.build_pass_list(db, province_admin(), exam="economics", exam_year=2026)
    with pytest.raises(Conflict, match="没有可列入名单"):
        lists.build_pass_list(db, province_admin(), exam="economics", exam_year=2026, city="4301")


def test_the_public_xlsx_masks_id_numbers_leaves_out_phones_and_removed_entries(db, tmp_path, monkeypatch):
    row, cases, people = _published(db, tmp_path, monkeypatch)
    record_objection(db, province_admin(), row["id"], cases[0], raised_by="李四", reason="不实")
    book = openpyxl.load_workbook(io.BytesIO(export_pass_list(db, None, row["id"], fmt="xlsx")))
    text = "\n".join(str(v) for r in book.active.values for v in r if v is not None)
    assert "2026-10-09" in text and "身份证号" in text and "手机" not in text
    for p in people:
        assert p["id_number"] not in text and p["phone"] not in text
    listed = [p for p in people if p["name"] in text]
    masked = [f"{p['id_number'][:4]}**********{p['id_number'][-4:]}" for p in people]
    assert sum(m in text for m in masked) == 3 and listed


def test_the_internal_export_carries_full_numbers_and_needs_an_administrator(db, tmp_path, monkeypatch):
    row, cases, people = _published(db, tmp_path, monkeypatch)
    book = openpyxl.load_workbook(io.BytesIO(export_pass_list(db, province_admin(), row["id"], public=False)))
    text = "\n".join(str(v) for r in book.active.values for v in r if v is not None)
    assert all(p["id_number"] in text and p["phone"] in text for p in people)
    with pytest.raises(PermissionDenied):
        export_pass_list(db, None, row["id"], public=False)


def test_the_public_pdf_prints_masked_numbers_only(db, tmp_path, monkeypatch):
    row, cases, people = _published(db, tmp_path, monkeypatch)
    pdf = pypdfium2.PdfDocument(export_pass_list(db, None, row["id"], fmt="pdf"))
    text = pdf[0].get_textpage().get_text_range()
    assert "公示名单" in text and people[1]["id_number"][:4] + "**********" + people[1]["id_number"][-4:] in text
    assert not any(p["id_number"] in text or p["phone"] in text for p in people)


def test_an_unpublished_list_is_not_exported_to_the_public(db, tmp_path):
    load_passed(db, tmp_path, make_candidates(2))
    row = lists.build_pass_list(db, province_admin(), exam="economics", exam_year=2026)
    with pytest.raises(NotFound):
        export_pass_list(db, None, row["id"])


def test_titles_carry_the_city_or_province_the_year_and_the_batch(db, tmp_path):
    from portal.services.publication import lists as pass_lists
    from tests.services.publication.passers import load_passed, make_candidates, province_admin
    admin = province_admin()
    load_passed(db, tmp_path, make_candidates(2, city="4301"))
    load_passed(db, tmp_path, make_candidates(2, seed=8, city="4302"))
    cs = pass_lists.build_pass_list(db, admin, exam="economics", exam_year=2026, city="4301")
    zz = pass_lists.build_pass_list(db, admin, exam="economics", exam_year=2026, city="4302")
    assert cs["title"].startswith("长沙市2026年度经济专业技术资格") and cs["title"].endswith("（第1批）")
    assert zz["title"].startswith("株洲市2026年度") and cs["title"] != zz["title"]
    load_passed(db, tmp_path, make_candidates(1, seed=9, city="4301"))
    again = pass_lists.build_pass_list(db, admin, exam="economics", exam_year=2026, city="4301")
    assert again["title"].endswith("（第2批）")


def test_the_candidate_reads_publicised_only_inside_the_notice_period_then_period_over_until_finalised(
        db, tmp_path, monkeypatch):
    from portal.services.people.auth import Principal
    from portal.services.views.candidate import case_status
    row, cases, _ = _published(db, tmp_path, monkeypatch, n=2, start=D(2026, 9, 30))
    with db.read() as cur:
        holder = cur.execute("SELECT candidate_id FROM cases WHERE id = $id", {"id": cases[0]}).fetchone()[0]
    me = Principal(user_id=77, role="candidate", cities=(), display_name="考生", candidate_id=holder)
    seen = {}
    for day, hour in ((D(2026, 9, 30), 10), (D(2026, 10, 12), 23), (D(2026, 10, 13), 0), (D(2026, 10, 20), 9)):
        _at(monkeypatch, day, hour)
        seen[day] = case_status(db, me, cases[0])["state_label"]
    assert seen == {D(2026, 9, 30): "公示中", D(2026, 10, 12): "公示中", D(2026, 10, 13): "公示期满，待确认",
                    D(2026, 10, 20): "公示期满，待确认"}
    lists.finalise_pass_list(db, province_admin(), row["id"])
    assert case_status(db, me, cases[0])["state_label"] == "公示结束"
