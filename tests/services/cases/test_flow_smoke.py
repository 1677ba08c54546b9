"""One case from the list to a decision, through a return and a resubmission."""
from portal.services.cases import decisions, queue, submission
from portal.services.views.cases import case_trail, get_case


def test_a_case_goes_from_import_through_a_return_to_passed(world):
    case_id = world.changsha[0]
    res = world.submit(case_id)
    assert res["state"] == "submitted" and res["analysis"]["status"] == "done"
    cs1 = world.staff["cs1"]
    got = queue.claim_next(world.db, cs1)
    assert got["id"] == case_id and got["state"] == "in_review"
    decisions.return_case(world.db, cs1, case_id, items=["报名表缺少单位公章", "工作年限证明未写明起止时间"])
    assert world.state(case_id) == "returned"
    me = world.candidate(case_id)
    view = get_case(world.db, me, case_id)
    assert view["notices"][0]["items"] == ["报名表缺少单位公章", "工作年限证明未写明起止时间"]
    submission.attach_document(world.db, me, case_id, slot="application_form", upload_id=world.upload(case_id, "application_form", 1))
    world.clock.advance(days=1)
    assert submission.resubmit_case(world.db, me, case_id, background=False)["state"] == "resubmitted"
    assert queue.claim_next(world.db, world.staff["cs2"]) is None  # it waits for cs1
    assert queue.claim_next(world.db, cs1)["id"] == case_id
    decisions.pass_case(world.db, cs1, case_id, acknowledgements=world.acknowledged(case_id))
    trail = case_trail(world.db, world.staff["csadmin"], case_id)
    assert [e["action"] for e in trail["events"]] == [
        "submit", "analysis", "claim", "return", "resubmit", "analysis", "claim", "pass"]
