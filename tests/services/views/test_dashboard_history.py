"""The dashboard and 已审记录 from SQL aggregates over cases and review operations: the figures a
bureau sees, scoped to its cities, and the record paged newest first."""
import pytest

from portal.domain.errors import InvalidInput, PermissionDenied
from portal.services.cases import decisions, queue
from portal.services.views import dashboard, history


def _decide(world, case_id, how):
    world.submit(case_id)
    cs1 = world.staff["cs1"]
    queue.claim_case(world.db, cs1, case_id, lease_minutes=600)
    world.clock.advance(hours=3)
    if how == "pass":
        decisions.pass_case(world.db, cs1, case_id, acknowledgements=world.acknowledged(case_id))
    elif how == "fail":
        decisions.fail_case(world.db, cs1, case_id, reasons=["相关专业工作年限不足"])
    else:
        decisions.return_case(world.db, cs1, case_id, items=["报名表未加盖单位公章", "补充社保记录"])


def test_the_dashboard_counts_states_decisions_reasons_and_hours_in_scope(world):
    a, b, c = world.changsha[:3]
    _decide(world, a, "pass"), _decide(world, b, "fail"), _decide(world, c, "return")
    data = dashboard.dashboard(world.db, world.staff["csadmin"])
    assert data["total"] == len(world.changsha)
    by_state = {r["状态"]: r["案件数"] for r in data["status"].to_dicts()}
    assert by_state["核查通过"] == 1 and by_state["核查不通过"] == 1 and by_state["已退回，待补充"] == 1
    assert sorted(data["throughput"]["决定"].to_list()) == ["不通过", "退回补充", "通过"]
    assert set(data["throughput"]["审核员"]) == {"cs1"}
    reasons = {(r["类型"], r["原因"]): r["次数"] for r in data["reasons"].to_dicts()}
    assert reasons == {("不通过", "相关专业工作年限不足"): 1, ("退回补充", "报名表未加盖单位公章"): 1,
                       ("退回补充", "补充社保记录"): 1}
    assert set(data["durations"]["小时"]) == {3} and data["mean_hours"] == pytest.approx(3.0)
    assert dashboard.dashboard(world.db, world.admin)["total"] == len(world.cases)
    with pytest.raises(PermissionDenied):
        dashboard.dashboard(world.db, world.staff["cs1"])


def _reasons(world, who="csadmin"):
    data = dashboard.dashboard(world.db, world.staff[who] if who else world.admin)
    return {(r["类型"], r["原因"]): r["次数"] for r in data["reasons"].to_dicts()}


def test_the_reasons_tally_follows_new_decisions_and_is_rebuilt_when_decisions_disappear(world):
    a, b, c = world.changsha[:3]
    _decide(world, a, "fail")
    assert _reasons(world) == {("不通过", "相关专业工作年限不足"): 1}
    _decide(world, b, "fail"), _decide(world, c, "return")  # counted from the new rows only
    assert _reasons(world) == {("不通过", "相关专业工作年限不足"): 2, ("退回补充", "报名表未加盖单位公章"): 1,
                               ("退回补充", "补充社保记录"): 1}
    with world.db.transaction() as cur:  # as after restoring an older backup
        cur.execute("DELETE FROM decision_facts WHERE case_id = $c", {"c": c})
    assert _reasons(world) == {("不通过", "相关专业工作年限不足"): 2}
    assert _reasons(world, None) == _reasons(world)


def test_the_record_is_paged_newest_first_with_the_current_state(world):
    for case_id, how in zip(world.changsha[:3], ("pass", "fail", "return")):
        _decide(world, case_id, how)
    cs1 = world.staff["cs1"]
    first = history.my_decisions(world.db, cs1, page=1, size=2)
    assert first["total"] == 3 and [r["decision"] for r in first["rows"]] == ["退回补充", "审核不通过"]
    assert first["rows"][0]["detail"] == "报名表未加盖单位公章；补充社保记录" and first["rows"][0]["state"] == "returned"
    second = history.my_decisions(world.db, cs1, page=2, size=2)
    assert [r["decision"] for r in second["rows"]] == ["审核通过"]
    assert history.my_decisions(world.db, world.staff["cs2"])["total"] == 0
    with pytest.raises(InvalidInput):
        history.my_decisions(world.db, cs1, page=0)
