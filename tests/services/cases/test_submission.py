"""Submitting: inside the window to the minute, with the self-check and required materials, never
for a blacklisted person or one who failed an earlier check; answering a return until its deadline."""
import datetime as dt

import pytest

from portal.domain.errors import Conflict
from portal.services.cases import decisions, queue, submission
from portal.services.people import blacklist
from tests.services.world import SLOTS


def test_submission_opens_and_closes_to_the_minute(world):
    case_id = world.changsha[0]
    me = world.prepare(case_id)
    world.clock.set(dt.datetime(2022, 4, 25, 9, 29, 59))
    with pytest.raises(Conflict, match="尚未开始"):
        submission.submit_case(world.db, me, case_id, background=False)
    world.clock.set(dt.datetime(2022, 4, 30, 17, 0, 0))
    with pytest.raises(Conflict, match="已截止"):
        submission.submit_case(world.db, me, case_id, background=False)
    world.clock.set(dt.datetime(2022, 4, 30, 16, 59, 59))
    assert submission.submit_case(world.db, me, case_id, background=False)["state"] == "submitted"


def test_submission_at_the_opening_minute_is_accepted(world):
    case_id = world.changsha[0]
    me = world.prepare(case_id)
    world.clock.set(dt.datetime(2022, 4, 25, 9, 30))
    assert submission.submit_case(world.db, me, case_id, background=False)["state"] == "submitted"


def test_missing_required_materials_are_named(world):
    case_id = world.changsha[0]
    me = world.prepare(case_id, slots=SLOTS[:1])
    with pytest.raises(Conflict, match="缺少必需材料：工作年限证明、教育部学历证书电子注册备案表"):
        submission.submit_case(world.db, me, case_id, background=False)
    assert world.state(case_id) == "draft"


def test_a_case_cannot_be_submitted_without_the_self_check(world):
    case_id = world.changsha[0]
    me = world.candidate(case_id)
    with pytest.raises(Conflict, match="个人自审"):
        submission.submit_case(world.db, me, case_id, background=False)


def test_a_blacklisted_person_is_refused_with_the_reason_until_lifted(world):
    case_id = world.changsha[0]
    me = world.prepare(case_id)
    entry = blacklist.add_entry(world.db, world.admin, id_number=world.cases[case_id]["id_number"],
                                name=world.cases[case_id]["name"], reason="2020年伪造学历证明")
    with pytest.raises(Conflict, match="黑名单.*2020年伪造学历证明"):
        submission.submit_case(world.db, me, case_id, background=False)
    blacklist.lift_entry(world.db, world.admin, entry, reason="经复核系误列")
    assert submission.submit_case(world.db, me, case_id, background=False)["state"] == "submitted"


def test_a_person_who_failed_an_earlier_check_of_this_exam_is_not_accepted_again(world):
    case_id = world.changsha[0]
    me = world.prepare(case_id)
    blacklist.add_history(world.db, world.admin, id_number=world.cases[case_id]["id_number"],
                          exam="economics", exam_year=2020, reason="工作年限不足")
    with pytest.raises(Conflict, match="2020年度.*不符合报考条件.*工作年限不足.*不再受理"):
        submission.submit_case(world.db, me, case_id, background=False)


def test_blacklist_changes_are_audited_with_masked_numbers(world):
    entry = blacklist.add_entry(world.db, world.admin, id_number=world.cases[world.changsha[0]]["id_number"],
                                name="某某", reason="伪造材料")
    blacklist.edit_entry(world.db, world.admin, entry, reason="伪造工作年限证明")
    blacklist.lift_entry(world.db, world.admin, entry, reason="法院判决撤销")
    with world.db.read() as cur:
        got = cur.execute("SELECT action, after_json FROM audit_log WHERE entity = 'blacklist' ORDER BY seq").fetchall()
    assert [a for a, _ in got] == ["blacklist_add", "blacklist_edit", "blacklist_lift"]
    assert "伪造工作年限证明" in got[1][1] and "法院判决撤销" in got[2][1]
    assert world.cases[world.changsha[0]]["id_number"] not in "".join(j for _, j in got)


def _returned(world, case_id, **kw):
    world.submit(case_id)
    queue.claim_case(world.db, world.staff["cs1"], case_id)
    return decisions.return_case(world.db, world.staff["cs1"], case_id, items=["补充学历证明"], **kw)


def test_a_returned_case_can_be_answered_after_the_window_until_its_own_deadline(world):
    case_id = world.changsha[0]
    _returned(world, case_id, deadline="2022-05-03 17:00")
    me = world.candidate(case_id)
    world.clock.set(dt.datetime(2022, 5, 3, 16, 59))
    assert submission.resubmit_case(world.db, me, case_id, background=False)["state"] == "resubmitted"


def test_a_return_answered_after_its_deadline_is_refused(world):
    case_id = world.changsha[0]
    _returned(world, case_id, deadline="2022-05-03 17:00")
    world.clock.set(dt.datetime(2022, 5, 3, 17, 1))
    with pytest.raises(Conflict, match="截止时间已过"):
        submission.resubmit_case(world.db, world.candidate(case_id), case_id, background=False)
    assert world.state(case_id) == "returned"


def test_resubmission_keeps_unreplaced_files_and_uses_the_new_ones(world):
    case_id = world.changsha[0]
    _returned(world, case_id)
    me = world.candidate(case_id)
    first = {d["slot"]: d["upload_id"] for d in submission.documents(world.db, me, case_id)}
    new = world.upload(case_id, "chsi_record", 2)
    submission.attach_document(world.db, me, case_id, slot="chsi_record", upload_id=new)
    submission.resubmit_case(world.db, me, case_id, background=False)
    docs = {d["slot"]: d["upload_id"] for d in submission.documents(world.db, me, case_id)}
    assert docs == first | {"chsi_record": new} and first["chsi_record"] != new


def test_materials_cannot_change_once_submitted(world):
    case_id = world.changsha[0]
    world.submit(case_id)
    with pytest.raises(Conflict, match="不能修改材料"):
        submission.attach_document(world.db, world.candidate(case_id), case_id, slot="diploma",
                                   upload_id=world.upload(case_id, "diploma"))


def test_only_the_candidates_own_uploads_can_be_attached(world):
    from portal.domain.errors import NotFound, PermissionDenied
    mine, other = world.changsha[:2]
    me = world.candidate(mine)
    with pytest.raises(PermissionDenied, match="本人上传"):
        submission.attach_document(world.db, me, mine, slot="diploma", upload_id=world.upload(other, "diploma"))
    with pytest.raises(NotFound):
        submission.attach_document(world.db, me, mine, slot="diploma", upload_id="0" * 32)
