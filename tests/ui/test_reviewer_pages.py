"""Reviewer pages: the city's queue with flags, claiming, deciding (return / fail / pass), releasing,
the reviewer's own record and a case's trail; other cities' cases stay invisible."""
import pytest

from portal.demo.people import spec
from portal.services.views import cases as cases_view
from tests.ui.conftest import app, case_of, texts

PEOPLE = {p["name"]: p for p in spec()["candidates"]}
LI_NA, LIU_YANG = 2, 3  # 长沙 cases in the queue (rows 2 and 3 of the demo list): missing seal, wrong evidence kind


def test_queue_lists_only_the_reviewers_city_with_flags_in_words(login):
    at = app(login("reviewer"), "portal/ui/reviewer/queue.py")
    table = at.dataframe[0].value
    assert set(table["姓名"]) == {"李娜", "刘洋"}
    flags = dict(zip(table["姓名"], table["问题"]))
    assert flags["李娜"] == "缺印章" and "材料类型不符" in flags["刘洋"]
    at = app(login("zz_reviewer"), "portal/ui/reviewer/queue.py")
    assert "李娜" not in set(at.dataframe[0].value["姓名"])


def _claim(at, case_id):
    at.number_input(key="q_case_id").set_value(case_id)
    at.button(key="q_claim_id").click().run()
    assert not at.exception
    if "审核决定" in texts(at):  # st.switch_page moved the browser; AppTest's next run needs the page named
        at.switch_page("portal/ui/reviewer/workbench.py").run()
    return at


def test_claiming_opens_the_workbench_with_the_documents_and_the_problem_highlighted(login):
    at = _claim(app(login("reviewer"), "portal/ui/reviewer/queue.py"), LI_NA)
    assert "审核决定" in texts(at)
    assert {t.label for t in at.tabs} == {"资格考试报名表", "教育部学历证书电子注册备案表", "工作年限证明"}
    assert any("未发现单位红色公章" in e.value for e in at.error)
    assert any("计得" in m.value for m in [*at.success, *at.error])  # the rules' years are shown
    links = at.get("link_button")
    assert links and "chsi.com.cn/xlcx/bg.do?vcode=" in links[0].proto.url  # one click to the official check


def test_a_return_sends_every_ticked_and_written_item_in_one_notice(login, db):
    who = login("reviewer")
    at = _claim(app(who, "portal/ui/reviewer/queue.py"), LI_NA)
    at.radio(key="wb_choice").set_value("return").run()
    assert at.multiselect(key="wb_items").value  # the missing seal is suggested and ticked
    at.text_area(key="wb_items_extra").input("请补充2012年以来的社保缴费记录").run()
    at.button(key="wb_decide").click().run()
    case = cases_view.get_case(db, who, LI_NA)
    assert case["state"] == "returned"
    items = case["notices"][-1]["items"]
    assert len(items) == 2 and "请补充2012年以来的社保缴费记录" in items


def test_a_fail_needs_a_reason_and_records_it(login, db):
    who = login("reviewer")
    at = _claim(app(who, "portal/ui/reviewer/queue.py"), LIU_YANG)
    at.radio(key="wb_choice").set_value("fail").run()
    at.button(key="wb_decide").click().run()
    assert "请至少填写一条理由" in at.error[-1].value
    at.text_area(key="wb_reasons_extra").input("学历证明材料为学籍报告，非学历备案表").run()
    at.button(key="wb_decide").click().run()
    assert cases_view.get_case(db, who, LIU_YANG)["state"] == "failed"
    history = app(who, "portal/ui/reviewer/history.py").dataframe[0].value
    assert "刘洋" in set(history["姓名"]) and "审核不通过" in set(history["决定"])


def test_a_fail_does_not_bar_later_rounds_unless_ticked_with_a_reason(login, db):
    who = login("reviewer")
    at = _claim(app(who, "portal/ui/reviewer/queue.py"), LIU_YANG)
    at.radio(key="wb_choice").set_value("fail").run()
    assert at.checkbox(key="wb_not_eligible").value is False
    at.text_area(key="wb_reasons_extra").input("学历证明材料为学籍报告，非学历备案表").run()
    at.checkbox(key="wb_not_eligible").check().run()
    at.button(key="wb_decide").click().run()
    assert "不再受理的理由" in at.error[-1].value
    at.text_input(key="wb_bar_reason").input("学历不符合报考条件").run()
    at.button(key="wb_decide").click().run()
    assert cases_view.get_case(db, who, LIU_YANG)["state"] == "failed"
    with db.read() as cur:
        assert cur.execute("SELECT reason FROM check_history WHERE case_id = $c", {"c": LIU_YANG}).fetchall() == [
            ("学历不符合报考条件",)]


def test_passing_a_case_with_a_failing_finding_needs_a_written_acknowledgement(login, db):
    who = login("reviewer")
    at = _claim(app(who, "portal/ui/reviewer/queue.py"), LI_NA)
    at.radio(key="wb_choice").set_value("pass").run()
    labels = [t.label for t in at.text_input if t.key.startswith("wb_ack_")]
    assert any("未发现单位红色公章" in label for label in labels)
    at.button(key="wb_decide").click().run()
    assert "通过前须逐项说明理由" in at.error[-1].value
    assert cases_view.get_case(db, who, LI_NA)["state"] == "in_review"
    for box in [t for t in at.text_input if t.key.startswith("wb_ack_")]:
        box.input("已电话核实单位公章为电子章")
    at.button(key="wb_decide").click().run()
    assert cases_view.get_case(db, who, LI_NA)["state"] == "passed"
    history = app(who, "portal/ui/reviewer/history.py").dataframe[0].value
    row = history[history["姓名"] == "李娜"]
    assert "已电话核实单位公章为电子章" in row.iloc[0].to_string()


def test_releasing_puts_the_case_back_without_a_decision(login, db):
    who = login("reviewer")
    at = _claim(app(who, "portal/ui/reviewer/queue.py"), LI_NA)
    at.button(key="wb_release").click().run()
    assert cases_view.get_case(db, who, LI_NA)["state"] == "submitted"
    assert "已放回队列" in texts(at)


@pytest.mark.parametrize("case_id", [LI_NA])
def test_another_citys_reviewer_cannot_claim_or_trace_the_case(login, case_id):
    at = _claim(app(login("zz_reviewer"), "portal/ui/reviewer/queue.py"), case_id)
    assert any("不属于您负责的市州" in e.value for e in at.error)
    at = app(login("zz_reviewer"), "portal/ui/reviewer/trail.py", trail_case=case_id)
    assert any("不属于您负责的市州" in e.value for e in at.error) and not at.dataframe


def test_trail_shows_each_step_and_where_the_case_stands(db, login):
    returned = case_of(db, "杨帆")  # the demo's returned case
    at = app(login("reviewer"), "portal/ui/reviewer/trail.py", trail_case=returned)
    steps = at.dataframe[0].value
    assert list(steps["操作"])[:3] == ["提交", "自动核对材料", "领取审核"] and "退回补充" in set(steps["操作"])
    assert "等待考生" in texts(at)
