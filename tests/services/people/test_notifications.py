"""Each event gives its recipient exactly one in-site message (and a candidate one SMS) in the event's
own transaction; a refused or failed call gives none; texts are Chinese without full numbers."""
import re

import pytest

from portal.domain.errors import Conflict, PermissionDenied
from portal.services.cases import decisions, queue, submission
from portal.services.people import inbox, staff

LATIN = re.compile(r"[A-Za-z]{2,}")


def _claimed(world, case_id, who="cs1"):
    world.submit(case_id)
    return queue.claim_case(world.db, world.staff[who], case_id)


def messages(db, **where):
    key, value = next(iter(where.items()))
    with db.read() as cur:
        res = cur.execute(f"SELECT kind, title, body, case_id FROM messages WHERE {key} = $v ORDER BY id", {"v": value})
        return [dict(zip(("kind", "title", "body", "case_id"), r)) for r in res.fetchall()]


def sms(db, phone):
    with db.read() as cur:
        return [r[0] for r in cur.execute("SELECT body FROM outbox WHERE recipient = $p AND purpose NOT IN "
                                          "('first_login', 'forgot', 'admin_reset') ORDER BY id", {"p": phone}).fetchall()]


def _plain(world, case_id, text):
    person = world.cases[case_id]
    assert person["id_number"] not in text and person["phone"] not in text
    assert not LATIN.search(text), text


def test_a_return_tells_the_candidate_the_items_and_the_deadline_in_beijing_time(world):
    case_id = world.changsha[0]
    cand_id = world.candidate(case_id).candidate_id
    _claimed(world, case_id)
    new = decisions.return_case(world.db, world.staff["cs1"], case_id, items=["报名表未盖章", "工作证明缺少起止日期"])
    due = new["return_deadline"].strftime("%Y-%m-%d %H:%M") + "（北京时间）"
    [msg] = messages(world.db, candidate_id=cand_id)
    assert msg["kind"] == "returned" and msg["case_id"] == case_id
    assert due in msg["body"] and "1. 报名表未盖章" in msg["body"] and "2. 工作证明缺少起止日期" in msg["body"]
    [text] = sms(world.db, world.cases[case_id]["phone"])
    assert due in text and text.startswith("【考后核查】")
    _plain(world, case_id, msg["body"] + text)


def test_a_refused_return_writes_no_message(world):
    case_id = world.changsha[0]
    cand_id = world.candidate(case_id).candidate_id
    _claimed(world, case_id)
    with pytest.raises(PermissionDenied):
        decisions.return_case(world.db, world.staff["zz1"], case_id, items=["补"])
    decisions.return_case(world.db, world.staff["cs1"], case_id, items=["补"])
    with pytest.raises(Conflict):  # a second return on one submission is refused after the checks
        decisions.return_case(world.db, world.staff["cs1"], case_id, items=["再补"])
    assert len(messages(world.db, candidate_id=cand_id)) == 1
    assert len(sms(world.db, world.cases[case_id]["phone"])) == 1


@pytest.mark.parametrize("passed", [True, False])
def test_a_decision_tells_the_candidate_pass_or_fail_in_their_words(world, passed):
    case_id = world.changsha[1]
    cand_id = world.candidate(case_id).candidate_id
    _claimed(world, case_id)
    if passed:
        decisions.pass_case(world.db, world.staff["cs1"], case_id, acknowledgements=world.acknowledged(case_id))
    else:
        decisions.fail_case(world.db, world.staff["cs1"], case_id, reasons=["工作年限不足"])
    [msg] = messages(world.db, candidate_id=cand_id)
    [text] = sms(world.db, world.cases[case_id]["phone"])
    word = "通过" if passed else "不通过"
    assert msg["kind"] == ("passed" if passed else "failed") and f"结果：{word}" in msg["title"]
    assert f"结果为：{word}" in text and ("工作年限不足" in msg["body"]) is not passed
    _plain(world, case_id, msg["body"] + text)


def test_a_decision_without_the_lease_writes_no_message(world):
    case_id = world.changsha[1]
    cand_id = world.candidate(case_id).candidate_id
    _claimed(world, case_id, who="cs1")
    with pytest.raises(Conflict):
        decisions.fail_case(world.db, world.staff["cs2"], case_id, reasons=["x"])
    assert messages(world.db, candidate_id=cand_id) == []
    assert sms(world.db, world.cases[case_id]["phone"]) == []


def _returned_and_resubmitted(world, case_id, between=None):
    _claimed(world, case_id)
    decisions.return_case(world.db, world.staff["cs1"], case_id, items=["补充学历证明"])
    if between:
        between()
    submission.resubmit_case(world.db, world.candidate(case_id), case_id, background=False)


def test_a_resubmission_tells_the_reviewer_who_returned_it_and_nobody_else(world):
    case_id = world.changsha[0]
    _returned_and_resubmitted(world, case_id)
    [msg] = messages(world.db, user_id=world.staff["cs1"].user_id)
    assert msg["kind"] == "resubmitted" and world.cases[case_id]["name"] in msg["body"]
    assert messages(world.db, user_id=world.staff["cs2"].user_id) == []
    assert messages(world.db, user_id=world.staff["zz1"].user_id) == []


def test_a_resubmission_goes_to_the_citys_active_reviewers_when_the_returner_is_gone(world):
    case_id = world.changsha[0]
    cs1 = world.staff["cs1"]
    gone = lambda: staff.set_active(world.db, world.staff["csadmin"], cs1.user_id, False)  # noqa: E731
    _returned_and_resubmitted(world, case_id, between=gone)
    assert messages(world.db, user_id=cs1.user_id) == []
    assert [m["kind"] for m in messages(world.db, user_id=world.staff["cs2"].user_id)] == ["resubmitted"]
    assert messages(world.db, user_id=world.staff["zz1"].user_id) == []


def test_a_refused_resubmission_tells_nobody(world):
    case_id = world.changsha[0]
    _claimed(world, case_id)
    decisions.return_case(world.db, world.staff["cs1"], case_id, items=["补充学历证明"])
    with pytest.raises(PermissionDenied):
        submission.resubmit_case(world.db, world.candidate(world.changsha[1]), case_id, background=False)
    with world.db.read() as cur:
        assert cur.execute("SELECT count(*) FROM messages WHERE user_id IS NOT NULL").fetchone()[0] == 0


def test_the_bell_counts_unread_and_marking_read_is_the_owners_alone(world):
    case_id = world.changsha[0]
    me, other = world.candidate(case_id), world.candidate(world.changsha[1])
    _claimed(world, case_id)
    decisions.return_case(world.db, world.staff["cs1"], case_id, items=["补"])
    assert inbox.unread_count(world.db, me) == 1 and inbox.unread_count(world.db, other) == 0
    page = inbox.my_messages(world.db, me)
    [msg] = page["rows"]
    assert page["total"] == 1 and page["unread"] == 1 and msg["read_at"] is None
    for intruder in (other, world.staff["cs1"], world.staff["csadmin"]):
        with pytest.raises(PermissionDenied):
            inbox.mark_read(world.db, intruder, msg["id"])
    assert inbox.unread_count(world.db, me) == 1  # the refused marks changed nothing
    assert inbox.mark_read(world.db, me, msg["id"]) is True
    assert inbox.mark_read(world.db, me, msg["id"]) is False
    assert inbox.unread_count(world.db, me) == 0


def test_mark_all_read_touches_only_the_callers_messages_and_pages_newest_first(world):
    a, b = world.changsha[:2]
    me, other = world.candidate(a), world.candidate(b)
    for case_id in (a, b):
        _claimed(world, case_id)
        decisions.return_case(world.db, world.staff["cs1"], case_id, items=["补"])
    submission.resubmit_case(world.db, me, a, background=False)
    queue.claim_case(world.db, world.staff["cs1"], a)
    decisions.fail_case(world.db, world.staff["cs1"], a, reasons=["不符合"])
    page = inbox.my_messages(world.db, me, page_size=1)
    assert page["total"] == 2 and page["pages"] == 2 and page["rows"][0]["kind"] == "failed"
    assert inbox.my_messages(world.db, me, page=2, page_size=1)["rows"][0]["kind"] == "returned"
    assert inbox.mark_all_read(world.db, me) == 2 and inbox.mark_all_read(world.db, me) == 0
    assert inbox.unread_count(world.db, me) == 0 and inbox.unread_count(world.db, other) == 1
    assert inbox.unread_count(world.db, world.staff["cs1"]) == 1  # the resubmission notice
    with pytest.raises(PermissionDenied):
        inbox.unread_count(world.db, None)
