"""Every service checks role and scope: a 长沙 reviewer never reaches a 株洲 case, a candidate
only their own, a city admin only their cities."""
import pytest

from portal.domain.errors import PermissionDenied
from portal.services.cases import admin as cases_admin
from portal.services.cases import decisions, queue, submission
from portal.services.views.cases import case_trail, get_case, search_cases


@pytest.fixture
def both(world):
    cs, zz = world.changsha[0], world.zhuzhou[0]
    world.submit(cs)
    world.submit(zz)
    return world, cs, zz


def test_a_changsha_reviewer_cannot_read_claim_or_list_a_zhuzhou_case(both):
    world, _, zz = both
    cs1 = world.staff["cs1"]
    with pytest.raises(PermissionDenied):
        get_case(world.db, cs1, zz)
    with pytest.raises(PermissionDenied):
        queue.claim_case(world.db, cs1, zz)
    with pytest.raises(PermissionDenied):
        queue.queue_page(world.db, cs1, city="4302")
    with pytest.raises(PermissionDenied):
        search_cases(world.db, cs1, city="4302")
    with pytest.raises(PermissionDenied):
        case_trail(world.db, cs1, zz)
    assert {r["city"] for r in queue.queue_page(world.db, cs1)["rows"]} == {"4301"}
    assert queue.claim_next(world.db, cs1)["city"] == "4301"
    assert queue.claim_next(world.db, cs1) is None


def test_a_changsha_reviewer_cannot_decide_a_zhuzhou_case_even_holding_nothing(both):
    world, _, zz = both
    queue.claim_case(world.db, world.staff["zz1"], zz)
    for act in (lambda: decisions.pass_case(world.db, world.staff["cs1"], zz),
                lambda: decisions.fail_case(world.db, world.staff["cs1"], zz, reasons=["x"]),
                lambda: decisions.return_case(world.db, world.staff["cs1"], zz, items=["x"]),
                lambda: queue.release_case(world.db, world.staff["cs1"], zz)):
        with pytest.raises(PermissionDenied):
            act()
    assert world.state(zz) == "in_review"


def test_a_candidate_sees_only_their_own_case_and_cannot_act_as_staff(both):
    world, cs, zz = both
    me = world.candidate(cs)
    assert get_case(world.db, me, cs)["candidate"]["id_number"] == world.cases[cs]["id_number"]
    with pytest.raises(PermissionDenied):
        get_case(world.db, me, zz)
    with pytest.raises(PermissionDenied):
        submission.documents(world.db, me, zz)
    with pytest.raises(PermissionDenied):
        queue.claim_next(world.db, me)
    with pytest.raises(PermissionDenied):
        queue.queue_page(world.db, me)
    with pytest.raises(PermissionDenied):
        case_trail(world.db, me, cs)
    with pytest.raises(PermissionDenied):
        submission.attach_document(world.db, me, zz, slot="diploma", upload_id="x")


def test_a_reviewer_cannot_use_admin_tools(both):
    world, cs, _ = both
    cs1 = world.staff["cs1"]
    with pytest.raises(PermissionDenied):
        cases_admin.rollback_last(world.db, cs1, cs, reason="x")
    with pytest.raises(PermissionDenied):
        cases_admin.transfer_cases(world.db, cs1, [cs], to_city="4302", reason="x")
    with pytest.raises(PermissionDenied):
        cases_admin.reassign_reviewer(world.db, cs1, cs1.user_id, None, reason="x")


def test_a_city_admin_acts_only_on_cases_of_their_city(both):
    world, cs, zz = both
    admin = world.staff["csadmin"]
    assert get_case(world.db, admin, cs)["city"] == "4301"
    with pytest.raises(PermissionDenied):
        get_case(world.db, admin, zz)
    with pytest.raises(PermissionDenied):
        cases_admin.transfer_cases(world.db, admin, [zz], to_city="4301", reason="x")
    with pytest.raises(PermissionDenied):
        cases_admin.rollback_last(world.db, admin, zz, reason="x")
    assert world.cases[zz]["city"] == "4302" and world.state(zz) == "submitted"


def test_a_province_admin_reaches_every_city(both):
    world, cs, zz = both
    assert {get_case(world.db, world.admin, c)["city"] for c in (cs, zz)} == {"4301", "4302"}
    assert search_cases(world.db, world.admin, state="submitted")["total"] == 2


def test_a_case_of_another_city_is_refused_whatever_state_it_is_in(world):
    zz = world.zhuzhou[0]  # a draft: not even in a queue
    cs1 = world.staff["cs1"]
    for act in (lambda: queue.claim_case(world.db, cs1, zz), lambda: queue.release_case(world.db, cs1, zz),
                lambda: decisions.pass_case(world.db, cs1, zz)):
        with pytest.raises(PermissionDenied):
            act()
