"""Decisions under a lease: one-time notice, fail with reasons, lease expiry, release; admin
rollback (latest first), transfer and reassignment."""
import datetime as dt

import pytest

from portal.domain.errors import Conflict, InvalidInput, NotFound
from portal.services.cases import admin as cases_admin
from portal.services.cases import decisions, queue, submission
from portal.services.views.cases import case_trail


def _claimed(world, case_id, who="cs1"):
    world.submit(case_id)
    return queue.claim_case(world.db, world.staff[who], case_id)


def test_a_return_sends_every_item_at_once_and_a_second_return_is_refused(world):
    case_id = world.changsha[0]
    cs1 = world.staff["cs1"]
    _claimed(world, case_id)
    decisions.return_case(world.db, cs1, case_id, items=["报名表未盖章", "  ", "工作证明缺少起止日期"])
    with pytest.raises(Conflict):
        decisions.return_case(world.db, cs1, case_id, items=["又发现一项"])
    with world.db.read() as cur:
        notices = cur.execute("SELECT submission_no, items_json FROM case_notices WHERE case_id = $id",
                              {"id": case_id}).fetchall()
    assert notices == [(1, '["报名表未盖章","工作证明缺少起止日期"]')]


def test_a_notice_already_given_for_a_submission_refuses_another_return(world):
    case_id = world.changsha[0]
    cs1 = world.staff["cs1"]
    _claimed(world, case_id)
    with world.db.transaction() as cur:  # as if a notice for this submission already existed
        cur.execute("INSERT INTO case_notices VALUES ($id, 1, 1, '[\"x\"]', now(), now())", {"id": case_id})
    with pytest.raises(Conflict, match="一次性告知"):
        decisions.return_case(world.db, cs1, case_id, items=["补充学历证明"])
    assert world.state(case_id) == "in_review"


def test_a_refused_decision_leaves_the_case_leased_in_its_queue_for_a_later_decision(world):
    case_id = world.changsha[0]
    cs1 = world.staff["cs1"]
    _claimed(world, case_id)
    with pytest.raises(InvalidInput, match="补正截止时间"):
        decisions.return_case(world.db, cs1, case_id, items=["补充学历证明"], deadline="2000-01-01 08:00")
    with world.db.read() as cur:
        entry = cur.execute("SELECT state, lease_owner FROM queue_entries WHERE case_id = $id",
                            {"id": case_id}).fetchone()
    assert entry == ("in_review", cs1.user_id) and world.state(case_id) == "in_review"
    assert decisions.pass_case(world.db, cs1, case_id, acknowledgements=world.acknowledged(case_id))["state"] == "passed"
    with world.db.read() as cur:
        left = cur.execute("SELECT count(*) FROM queue_entries WHERE case_id = $id", {"id": case_id}).fetchone()[0]
    assert left == 0 and world.state(case_id) == "passed"


def test_a_new_submission_may_be_returned_again(world):
    case_id = world.changsha[0]
    cs1 = world.staff["cs1"]
    _claimed(world, case_id)
    decisions.return_case(world.db, cs1, case_id, items=["补充学历证明"])
    submission.resubmit_case(world.db, world.candidate(case_id), case_id, background=False)
    queue.claim_next(world.db, cs1)
    assert decisions.return_case(world.db, cs1, case_id, items=["学历证明仍不清晰"])["state"] == "returned"


def test_a_return_or_fail_without_any_item_is_refused(world):
    case_id = world.changsha[0]
    _claimed(world, case_id)
    with pytest.raises(InvalidInput):
        decisions.return_case(world.db, world.staff["cs1"], case_id, items=[" "])
    with pytest.raises(InvalidInput):
        decisions.fail_case(world.db, world.staff["cs1"], case_id, reasons=[])


def test_failing_for_not_meeting_conditions_bars_the_next_round(world):
    case_id = world.changsha[0]
    _claimed(world, case_id)
    decisions.fail_case(world.db, world.staff["cs1"], case_id, reasons=["相关专业工作年限不足4年"],
                        not_eligible=True, not_eligible_reason="工作年限不符合报考条件")
    with world.db.read() as cur:
        hist = cur.execute("SELECT exam, exam_year, reason FROM check_history").fetchall()
    assert hist == [("economics", 2021, "工作年限不符合报考条件")]


def test_a_fail_bars_later_rounds_only_when_ticked_and_then_only_with_a_reason(world):
    first, second = world.changsha[:2]
    cs1 = world.staff["cs1"]
    _claimed(world, first)
    with pytest.raises(InvalidInput, match="不再受理的理由"):
        decisions.fail_case(world.db, cs1, first, reasons=["学历证明不清晰"], not_eligible=True, not_eligible_reason=" ")
    assert world.state(first) == "in_review"
    decisions.fail_case(world.db, cs1, first, reasons=["学历证明不清晰"])
    _claimed(world, second)
    decisions.fail_case(world.db, cs1, second, reasons=["学历不符"], not_eligible=True, not_eligible_reason="学历不符合报考条件")
    with world.db.read() as cur:
        hist = cur.execute("SELECT case_id, reason FROM check_history").fetchall()
    assert hist == [(second, "学历不符合报考条件")] and world.state(first) == "failed"


def _failing_finding(world, case_id, code="seal_missing", message="未发现单位红色公章", file="work.pdf"):
    with world.db.transaction() as cur:  # as the automatic check records it (instead of what it read)
        if code == "seal_missing":
            cur.execute("DELETE FROM case_findings WHERE case_id = $c", {"c": case_id})
        cur.execute("INSERT INTO case_findings VALUES ($c, 1, 'checks', $code, 'fail', $m, $f, NULL, NULL, NULL)",
                    {"c": case_id, "code": code, "m": message, "f": file})
    return f"checks|{code}|{file}|"


def test_passing_despite_a_failing_finding_needs_a_reason_for_each_and_stores_them(world):
    from portal.services.cases import exceptions
    from portal.services.views.history import case_trail as named_trail
    case_id = world.changsha[0]
    cs1 = world.staff["cs1"]
    _claimed(world, case_id)
    seal = _failing_finding(world, case_id)
    date = _failing_finding(world, case_id, code="date_missing", message="未读到起止日期")
    assert [f["key"] for f in exceptions.open_exceptions(world.db, cs1, case_id)] == [date, seal]
    with pytest.raises(InvalidInput, match="未发现单位红色公章"):
        decisions.pass_case(world.db, cs1, case_id, acknowledgements={date: "已电话核实起止日期"})
    with pytest.raises(InvalidInput, match="刷新页面"):
        decisions.pass_case(world.db, cs1, case_id, acknowledgements={date: "x", seal: "y", "checks|other||": "z"})
    assert world.state(case_id) == "in_review"
    done = decisions.pass_case(world.db, cs1, case_id, acknowledgements={
        date: "已电话核实起止日期", seal: "已电话核实单位公章为电子章"})
    assert done["state"] == "passed"
    import json
    acks = json.loads(done["decision_json"])["acknowledged"]
    assert [(a["message"], a["reason"]) for a in acks] == [("未读到起止日期", "已电话核实起止日期"),
                                                           ("未发现单位红色公章", "已电话核实单位公章为电子章")]
    step = named_trail(world.db, world.admin, case_id)["steps"][-1]
    assert "未发现单位红色公章（已电话核实单位公章为电子章）" in step["说明"]
    from portal.services.views.dashboard import dashboard
    board = dashboard(world.db, world.admin)
    assert board["passed_with_exceptions"] == 1
    assert {r["不符合项"]: r["次数"] for r in board["acknowledged"]} == {"未读到起止日期": 1, "未发现单位红色公章": 1}


def test_a_case_without_failing_findings_passes_without_acknowledgements(world):
    case_id = world.changsha[0]
    _claimed(world, case_id)
    with world.db.transaction() as cur:
        cur.execute("DELETE FROM case_findings WHERE case_id = $c", {"c": case_id})
        cur.execute("INSERT INTO case_findings VALUES ($c, 1, 'checks', 'blurry', 'warn', '图像较模糊', 'a.pdf', "
                    "NULL, NULL, NULL)", {"c": case_id})
    assert decisions.pass_case(world.db, world.staff["cs1"], case_id)["state"] == "passed"


def test_an_expired_lease_lets_another_reviewer_claim_and_stops_the_first(world):
    case_id = world.changsha[0]
    _claimed(world, case_id, "cs1")
    assert queue.claim_next(world.db, world.staff["cs2"]) is None
    world.clock.advance(minutes=31)
    assert queue.claim_next(world.db, world.staff["cs2"])["id"] == case_id
    with pytest.raises(Conflict, match="没有领取"):
        decisions.pass_case(world.db, world.staff["cs1"], case_id)
    world.clock.advance(minutes=31)
    with pytest.raises(Conflict, match="超时"):
        decisions.pass_case(world.db, world.staff["cs2"], case_id)


def test_a_released_case_is_claimable_again_in_its_old_place(world):
    first, second = world.changsha[:2]
    world.submit(first)
    world.submit(second)
    assert queue.claim_next(world.db, world.staff["cs1"])["id"] == first
    queue.release_case(world.db, world.staff["cs1"], first)
    assert world.state(first) == "submitted"
    assert queue.claim_next(world.db, world.staff["cs2"])["id"] == first


def test_rollback_undoes_the_latest_operation_first_and_then_the_earlier_one(world):
    case_id = world.changsha[0]
    admin = world.staff["csadmin"]
    world.submit(case_id)
    cases_admin.transfer_cases(world.db, world.admin, [case_id], to_city="4302", reason="考生工作单位在株洲")
    queue.claim_case(world.db, world.staff["zz1"], case_id)
    decisions.fail_case(world.db, world.staff["zz1"], case_id, reasons=["学历不符"], not_eligible=True,
                        not_eligible_reason="学历不符合报考条件")
    with world.db.read() as cur:
        assert cur.execute("SELECT count(*) FROM check_history").fetchone()[0] == 1
    with pytest.raises(Exception, match="管辖|负责"):
        cases_admin.rollback_last(world.db, admin, case_id, reason="误判")
    assert cases_admin.rollback_last(world.db, world.admin, case_id, reason="误判")["state"] == "submitted"
    with world.db.read() as cur:
        assert cur.execute("SELECT count(*) FROM check_history").fetchone()[0] == 0
        assert cur.execute("SELECT city FROM queue_entries WHERE case_id = $id", {"id": case_id}).fetchone() == ("4302",)
    world.clock.advance(minutes=1)
    cases_admin.rollback_last(world.db, world.admin, case_id, reason="转移有误")
    with world.db.read() as cur:
        assert cur.execute("SELECT city FROM cases WHERE id = $id", {"id": case_id}).fetchone() == ("4301",)
        ops = cur.execute("SELECT op FROM review_ops WHERE case_id = $id ORDER BY undone_at", {"id": case_id}).fetchall()
    assert [o for (o,) in ops] == ["fail", "transfer"]
    assert queue.claim_next(world.db, world.staff["cs1"])["id"] == case_id
    with pytest.raises(NotFound):
        cases_admin.rollback_last(world.db, world.admin, case_id, reason="再回退")


def test_an_earlier_operation_cannot_be_undone_once_the_case_moved_on(world):
    case_id = world.changsha[0]
    cs1 = world.staff["cs1"]
    _claimed(world, case_id)
    decisions.return_case(world.db, cs1, case_id, items=["补充学历证明"])
    submission.resubmit_case(world.db, world.candidate(case_id), case_id, background=False)
    queue.claim_next(world.db, cs1)
    decisions.pass_case(world.db, cs1, case_id, acknowledgements=world.acknowledged(case_id))
    cases_admin.rollback_last(world.db, world.admin, case_id, reason="通过有误")
    assert world.state(case_id) == "resubmitted"
    with pytest.raises(Conflict, match="退回补充.*之后已有变化"):
        cases_admin.rollback_last(world.db, world.admin, case_id, reason="想撤销退回")


def test_reassigning_a_reviewer_moves_their_leases_and_waiting_resubmissions(world):
    a, b = world.changsha[:2]
    cs1, cs2 = world.staff["cs1"], world.staff["cs2"]
    _claimed(world, a)
    _claimed(world, b)
    decisions.return_case(world.db, cs1, b, items=["补充学历证明"])
    submission.resubmit_case(world.db, world.candidate(b), b, background=False)
    moved = cases_admin.reassign_reviewer(world.db, world.staff["csadmin"], cs1.user_id, cs2.user_id, reason="调岗")
    assert moved == 1
    decisions.pass_case(world.db, cs2, a, acknowledgements=world.acknowledged(a))
    assert queue.claim_next(world.db, cs2)["id"] == b


def test_a_trail_shows_every_step_and_where_the_case_stands(world):
    case_id = world.changsha[0]
    _claimed(world, case_id)
    decisions.return_case(world.db, world.staff["cs1"], case_id, items=["补充学历证明"], deadline="2022-05-03 17:00")
    trail = case_trail(world.db, world.staff["csadmin"], case_id)
    assert [e["action"] for e in trail["events"]] == ["submit", "analysis", "claim", "return"]
    assert "2022-05-03 17:00" in trail["stage"] and not trail["stuck"]
    world.clock.set(world.clock.now.replace(month=5, day=4))
    assert case_trail(world.db, world.admin, case_id)["stuck"]


def test_a_return_without_a_deadline_ends_at_17_00_of_the_rounds_last_working_day(world):
    case_id = world.changsha[0]
    _claimed(world, case_id)  # the world's clock: Monday 2022-04-25 10:30; the round gives 5 days
    decisions.return_case(world.db, world.staff["cs1"], case_id, items=["补充学历证明"])
    with world.db.read() as cur:
        due = cur.execute("SELECT return_deadline FROM cases WHERE id = $id", {"id": case_id}).fetchone()[0]
    # 4-26…4-29 are four working days; 劳动节 2022 ran 4-30…5-4, so the fifth is Thursday 5-5
    assert due == dt.datetime(2022, 5, 5, 17, 0)
