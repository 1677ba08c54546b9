"""Sending a published case back to review (an objection upheld during 公示), for the publication
service to call inside its own transaction."""
from __future__ import annotations

from portal.services.cases import lifecycle, queue
from portal.services.people.auth import Principal
from portal.store import rows


def reopen_for_review(cur, principal: Principal, case_id: int, *, reason: str) -> dict:
    """published -> back in its city's queue (flagged, at the tail), with the audit event."""
    case = lifecycle.load(cur, case_id)
    new = lifecycle.transition(cur, principal, case_id, "reopen", case=case, detail={"reason": reason})
    cand = rows.one(cur, "select_candidate", {"id": case["candidate_id"]})
    queue.enqueue(cur, new | {"flagged": True}, new["state"], cand["name"])
    return new
