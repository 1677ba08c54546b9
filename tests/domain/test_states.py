"""The case state machine on its own: no database, no audit trail, only states and actions."""
import itertools

import pytest

from portal.domain import names, states
from portal.domain.errors import Conflict


@pytest.mark.parametrize("action,state", list(itertools.product(states.TRANSITIONS, states.STATES)))
def test_an_action_leads_to_its_target_only_from_its_source_states(action, state):
    sources, to, _ = states.TRANSITIONS[action]
    case = {"state": state, "submission_no": 1}
    if state in sources:
        expected = state if to == "=" else to or states.waiting_state(case)
        assert states.target(action, case) == expected
    else:
        with pytest.raises(Conflict, match=names.name("state", state)):
            states.target(action, case)


def test_an_unknown_action_is_refused_in_chinese():
    with pytest.raises(Conflict, match="未知操作"):
        states.target("approve_everything", {"state": "submitted", "submission_no": 1})


def test_a_resubmitted_case_released_or_rolled_back_waits_as_resubmitted():
    assert states.waiting_state({"submission_no": 2}) == "resubmitted"
    assert states.waiting_state({"submission_no": 1}) == "submitted"
    case = {"state": "in_review", "submission_no": 2}
    assert states.target("release", case) == "resubmitted"


def test_every_state_and_action_has_a_name_and_every_target_is_a_state():
    assert set(names.codes("state")) == set(states.STATES)
    assert set(states.TRANSITIONS) <= set(names.codes("action"))
    for action, (sources, to, roles) in states.TRANSITIONS.items():
        assert set(sources) <= set(states.STATES), action
        assert to in (None, "=") or to in states.STATES, action
        assert roles and set(roles) <= {"candidate", "reviewer", "admin"}, action


def test_the_machine_imports_no_storage():
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(states))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)} | {
        a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert not {m for m in imported if m and (m.startswith("portal.store") or m.startswith("portal.services") or m == "duckdb")}
