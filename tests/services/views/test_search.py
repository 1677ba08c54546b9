"""Finding a case: all-cases search and the queue narrowed by one term, by city scope; opening a
case read-only is an audited read that claims nothing."""
import datetime as dt

import pytest

from portal.domain.errors import InvalidInput, PermissionDenied
from portal.domain.search_terms import parse_term
from portal.services.views import read_only, review, search
from portal.store import audit


def test_a_term_is_read_as_id_number_phone_case_number_or_name():
    assert parse_term(" 43010219900101001x ")["id_number"] == "43010219900101001X"
    assert parse_term("+86 138-0000-0001")["phone"] == "13800000001"
    assert parse_term("12")["case_id"] == 12
    assert parse_term("王 伟")["name"] == "王伟"
    assert not any(parse_term("  ").values())


def test_the_full_id_number_finds_the_case_and_is_shown_masked(world):
    cs1 = world.staff["cs1"]
    case_id = world.changsha[0]
    person = world.cases[case_id]
    found = search.find_cases(world.db, cs1, term=person["id_number"])
    assert [r["case_id"] for r in found["rows"]] == [case_id] and found["total"] == 1
    shown = found["rows"][0]
    assert shown["id_number"] != person["id_number"] and shown["id_number"].endswith(person["id_number"][-4:])
    assert "*" in shown["phone"]
    assert search.find_cases(world.db, cs1, term=person["id_number"][:17])["total"] == 0  # exact only


def test_phone_name_and_case_number_find_the_case(world):
    cs1 = world.staff["cs1"]
    case_id = world.changsha[1]
    person = world.cases[case_id]
    for term in (person["phone"], str(case_id), person["name"]):
        ids = [r["case_id"] for r in search.find_cases(world.db, cs1, term=term)["rows"]]
        assert case_id in ids, term


def test_another_citys_cases_are_never_found_and_its_city_is_refused(world):
    zz1 = world.staff["zz1"]
    person = world.cases[world.changsha[0]]
    assert search.find_cases(world.db, zz1, term=person["id_number"])["total"] == 0
    with pytest.raises(PermissionDenied):
        search.find_cases(world.db, zz1, city="4301")
    with pytest.raises(PermissionDenied):
        search.find_cases(world.db, world.candidate(world.changsha[0]))


def test_state_and_submission_dates_filter_the_cases(world):
    cs1 = world.staff["cs1"]
    world.submit(world.changsha[0])
    day = world.clock.now.date()
    found = search.find_cases(world.db, cs1, state="submitted", since=day, until=day)
    assert [r["case_id"] for r in found["rows"]] == [world.changsha[0]]
    assert search.find_cases(world.db, cs1, since=day + dt.timedelta(days=1))["total"] == 0
    assert search.find_cases(world.db, cs1, state="draft")["total"] == len(world.changsha) - 1
    with pytest.raises(InvalidInput, match="结束日期早于开始日期"):
        search.find_cases(world.db, cs1, since=day, until=day - dt.timedelta(days=1))
    with pytest.raises(InvalidInput, match="不是有效日期"):
        search.find_cases(world.db, cs1, since="2022/13/01")


def test_the_queue_narrowed_by_a_name_or_id_number_keeps_its_flags_and_holder(world):
    cs1 = world.staff["cs1"]
    for case_id in world.changsha[:3]:
        world.submit(case_id)
    target = world.cases[world.changsha[1]]
    found = review.queue_rows(world.db, cs1, term=target["id_number"])
    assert [r["case_id"] for r in found["rows"]] == [world.changsha[1]] and found["total"] == 1
    assert found["rows"][0]["holder"] == "" and "flags" in found["rows"][0]
    assert review.queue_rows(world.db, cs1)["total"] == 3
    assert review.queue_rows(world.db, world.staff["zz1"], term=target["id_number"])["total"] == 0


def _events(db, action):
    with db.read() as cur:
        return cur.execute("SELECT actor, entity_id FROM audit_log WHERE action = $a", {"a": action}).fetchall()


def test_opening_read_only_is_an_audited_read_and_claims_nothing(world):
    cs1 = world.staff["cs1"]
    case_id = world.changsha[0]
    world.submit(case_id)
    found = read_only.open_read_only(world.db, cs1, case_id)
    assert found["case"]["candidate"]["id_number"] == world.cases[case_id]["id_number"]
    assert found["claimable"] and not found["mine"] and found["trail"]["steps"]
    assert world.state(case_id) == "submitted"
    assert _events(world.db, "case.view") == [(f"user:{cs1.user_id}", str(case_id))]
    with world.db.read() as cur:
        assert audit.verify(cur)[1] is None


def test_another_city_cannot_open_a_case_read_only_and_nothing_is_written(world):
    case_id = world.changsha[0]
    with pytest.raises(PermissionDenied):
        read_only.open_read_only(world.db, world.staff["zz1"], case_id)
    with pytest.raises(PermissionDenied):
        read_only.open_read_only(world.db, world.candidate(case_id), case_id)
    assert _events(world.db, "case.view") == []
