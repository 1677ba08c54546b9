"""Finding a case in the queue and among all cases, and opening it read-only (audited, unclaimed)."""
from portal.demo.people import spec
from tests.ui.conftest import app, case_of, texts

PEOPLE = {p["name"]: p for p in spec()["candidates"]}


def _views(db):
    with db.read() as cur:
        return cur.execute("SELECT count(*) FROM audit_log WHERE action = 'case.view'").fetchone()[0]


def test_the_queue_search_by_full_id_number_keeps_one_case(login):
    at = app(login("reviewer"), "portal/ui/reviewer/queue.py")
    at.text_input(key="q_term").input(PEOPLE["李娜"]["id_number"]).run()
    assert not at.exception
    assert list(at.dataframe[0].value["姓名"]) == ["李娜"]
    assert len(at.dataframe[0].value.columns) <= 9  # fits 1366 px with the sidebar


def test_all_cases_finds_by_name_and_shows_numbers_masked(login):
    at = app(login("reviewer"), "portal/ui/reviewer/cases.py")
    at.text_input(key="ac_term").input("李娜").run()
    table = at.dataframe[0].value
    assert list(table["姓名"]) == ["李娜"]
    assert "*" in table["身份证号"][0] and table["身份证号"][0] != PEOPLE["李娜"]["id_number"]
    at.selectbox(key="ac_state").set_value("passed").run()
    assert "没有符合条件的案件" in texts(at)


def test_a_read_only_view_shows_the_case_claims_nothing_and_is_audited_once(login, db):
    who = login("reviewer")
    case_id = case_of(db, "李娜")
    before = _views(db)
    at = app(who, "portal/ui/reviewer/case_view.py", view_case=case_id)
    assert not at.exception
    assert "只读查看" in texts(at) and PEOPLE["李娜"]["id_number"] in set(at.dataframe[0].value["身份证号"])
    at.run()  # a rerun is the same opening
    assert _views(db) == before + 1
    with db.read() as cur:
        state = cur.execute("SELECT state FROM cases WHERE id = $id", {"id": case_id}).fetchone()[0]
    assert state == "submitted"
    at.button(key="cv_claim").click().run()
    assert not at.exception
    with db.read() as cur:
        assert cur.execute("SELECT state FROM cases WHERE id = $id", {"id": case_id}).fetchone()[0] == "in_review"


def test_another_citys_reviewer_gets_a_refusal_in_the_read_only_view(login, db):
    at = app(login("zz_reviewer"), "portal/ui/reviewer/case_view.py", view_case=case_of(db, "李娜"))
    assert any("不属于您负责的市州" in e.value for e in at.error) and not at.dataframe


def test_the_queue_claims_a_batch_and_gives_all_back(login, db):
    from portal.services.views import review
    who = login("reviewer")
    at = app(who, "portal/ui/reviewer/queue.py")
    at.number_input(key="q_batch_n").set_value(2)
    at.button(key="q_claim_batch").click().run()
    assert not at.exception
    assert len(review.my_leases(db, who)) == 2
    at = app(who, "portal/ui/reviewer/queue.py")
    at.button(key="q_release_all").click().run()
    assert not at.exception and "已放回 2 件" in texts(at) and review.my_leases(db, who) == []
