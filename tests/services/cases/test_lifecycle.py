"""Every case transition, allowed and refused, through the real state machine and database."""
import itertools

import pytest

from portal.domain import names, states
from portal.domain.errors import Conflict, PermissionDenied
from portal.services.cases import lifecycle
from portal.services.people.auth import Principal
from portal.store.db import Database
from portal.store.seed import seed_submitted_cases
from tests.services.factory import province_admin

PAIRS = list(itertools.product(states.TRANSITIONS, states.STATES))
ROLE_OF = {"candidate": Principal(9, "candidate", (), "考生", candidate_id=None),
           "reviewer": Principal(8, "reviewer", ("4301",), "审核员"), "admin": province_admin()}


def _actor(db, role, case_id):
    if role != "candidate":
        return ROLE_OF[role]
    with db.read() as cur:
        owner = cur.execute("SELECT candidate_id FROM cases WHERE id = $id", {"id": case_id}).fetchone()[0]
    return Principal(9, "candidate", (), "考生", candidate_id=owner)


@pytest.fixture(scope="module")
def cases_db():
    db = Database(":memory:")
    db.migrate()
    seed_submitted_cases(db, len(PAIRS), cities=["4301"])
    yield db
    db.close()


@pytest.mark.parametrize("index,action,state", [(i, a, s) for i, (a, s) in enumerate(PAIRS)])
def test_a_transition_happens_only_from_its_source_states(cases_db, index, action, state):
    sources, to, roles = states.TRANSITIONS[action]
    case_id = index + 1
    with cases_db.transaction() as cur:
        cur.execute("UPDATE cases SET state = $s WHERE id = $id", {"s": state, "id": case_id})
    actor = _actor(cases_db, roles[0], case_id)
    with cases_db.transaction() as cur:
        if state in sources:
            new = lifecycle.transition(cur, actor, case_id, action)
            expected = state if to == "=" else to or states.waiting_state(new)
            assert new["state"] == expected
        else:
            with pytest.raises(Conflict, match=names.name("state", state)):
                lifecycle.transition(cur, actor, case_id, action)
    with cases_db.read() as cur:
        stored = cur.execute("SELECT state FROM cases WHERE id = $id", {"id": case_id}).fetchone()[0]
        events = cur.execute("SELECT count(*) FROM audit_log WHERE entity_id = $id",
                             {"id": str(case_id)}).fetchone()[0]
    if state not in sources:
        assert stored == state
    assert events == (1 if state in sources else 0)


@pytest.mark.parametrize("action", states.TRANSITIONS)
def test_roles_outside_an_action_are_refused_before_any_change(cases_db, action):
    sources, _, roles = states.TRANSITIONS[action]
    wrong = [r for r in ROLE_OF if r not in roles]
    with cases_db.transaction() as cur:
        cur.execute("UPDATE cases SET state = $s WHERE id = 1", {"s": sources[0]})
    for role in wrong:
        with pytest.raises(PermissionDenied), cases_db.transaction() as cur:
            lifecycle.transition(cur, _actor(cases_db, role, 1), 1, action)
    with cases_db.read() as cur:
        assert cur.execute("SELECT state FROM cases WHERE id = 1").fetchone()[0] == sources[0]
