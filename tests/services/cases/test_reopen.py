"""After a pass: publication moves the case on through the state machine; an upheld objection
sends a published case back to its city's queue, flagged."""
import pytest

from portal.domain.errors import Conflict
from portal.services.cases import decisions, lifecycle, queue
from portal.services.cases.reopen import reopen_for_review


def _passed(world):
    case_id = world.changsha[0]
    world.submit(case_id)
    queue.claim_case(world.db, world.staff["cs1"], case_id)
    decisions.pass_case(world.db, world.staff["cs1"], case_id, acknowledgements=world.acknowledged(case_id))
    return case_id


def test_a_passed_case_is_published_finalised_and_certified_in_order(world):
    case_id = _passed(world)
    with world.db.transaction() as cur:
        with pytest.raises(Conflict):
            lifecycle.transition(cur, world.admin, case_id, "certify")
        for action in ("publish", "finalize", "certify"):
            lifecycle.transition(cur, world.admin, case_id, action, detail={"list_id": 1})
    assert world.state(case_id) == "certified"


def test_an_upheld_objection_puts_a_published_case_back_in_the_queue_flagged(world):
    case_id = _passed(world)
    with world.db.transaction() as cur:
        lifecycle.transition(cur, world.admin, case_id, "publish")
        reopen_for_review(cur, world.admin, case_id, reason="异议：工作年限证明系伪造")
    assert world.state(case_id) == "submitted"
    row = queue.queue_page(world.db, world.staff["cs2"])["rows"][0]
    assert row["case_id"] == case_id and row["flagged"]
    assert queue.claim_next(world.db, world.staff["cs2"])["id"] == case_id
    decisions.fail_case(world.db, world.staff["cs2"], case_id, reasons=["工作年限证明系伪造"])
    assert world.state(case_id) == "failed"
