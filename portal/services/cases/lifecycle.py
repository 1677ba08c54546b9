"""Applying the case state machine (`portal.domain.states`): every state change goes through
`transition`, inside the caller's transaction, with its audit event."""
from __future__ import annotations

from portal.domain import states
from portal.domain.errors import Conflict, NotFound
from portal.domain.states import TRANSITIONS
from portal.services.people.auth import Principal, actor_fields, require_case_access, require_role
from portal.store import audit, clock, rows


def load(cur, case_id: int) -> dict:
    case = rows.one(cur, "select_case", {"id": case_id})
    if case is None:
        raise NotFound(f"案件不存在：{case_id}")
    return case


def transition(cur, principal: Principal, case_id: int, action: str, *, detail: dict | None = None,
               case: dict | None = None, write: str = "transition_case_state", fields: dict | None = None) -> dict:
    """Check role, scope and state; move the case; record the audit event. Returns the new case.
    `write`/`fields`: a query that sets the state together with other columns in one statement."""
    case = case or load(cur, case_id)
    require_role(principal, *TRANSITIONS.get(action, ((), None, ("admin",)))[2])
    require_case_access(principal, case)
    to = states.target(action, case)
    now = clock.now()
    changed = cur.execute(rows.q(write), {"id": case_id, "from": case["state"], "to": to, "now": now,
                                          **(fields or {})}).fetchone()[0]  # DuckDB returns the row count
    if changed != 1:
        raise Conflict("案件状态已被他人修改，请刷新后重试")
    audit.append(cur, **actor_fields(principal), action=action, entity="case", entity_id=case_id,
                 before={"state": case["state"]}, after={"state": to, **(detail or {})})
    return case | {"state": to, "updated_at": now}
