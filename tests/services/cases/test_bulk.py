"""Batch work on the queue: claim the next N (at most 10) oldest first, and give every held case back."""
import pytest

from portal.domain.errors import InvalidInput
from portal.services.cases import bulk
from portal.services.views import review


def test_claiming_n_takes_the_oldest_each_under_a_lease_and_stops_when_empty(world):
    for case_id in world.changsha:
        world.submit(case_id)
    cs1, cs2 = world.staff["cs1"], world.staff["cs2"]
    taken = bulk.claim_next_n(world.db, cs1, 3)
    assert [c["id"] for c in taken] == world.changsha[:3]
    assert {r["case_id"] for r in review.my_leases(world.db, cs1)} == set(world.changsha[:3])
    rest = bulk.claim_next_n(world.db, cs2, 10)
    assert [c["id"] for c in rest] == world.changsha[3:]
    assert bulk.claim_next_n(world.db, cs2, 2) == []
    for n in (0, 11):
        with pytest.raises(InvalidInput):
            bulk.claim_next_n(world.db, cs1, n)


def test_release_all_gives_back_only_my_cases(world):
    for case_id in world.changsha[:3]:
        world.submit(case_id)
    cs1, cs2 = world.staff["cs1"], world.staff["cs2"]
    bulk.claim_next_n(world.db, cs1, 2)
    bulk.claim_next_n(world.db, cs2, 1)
    assert bulk.release_all_mine(world.db, cs1) == world.changsha[:2]
    assert [world.state(c) for c in world.changsha[:3]] == ["submitted", "submitted", "in_review"]
    assert bulk.release_all_mine(world.db, cs1) == []
