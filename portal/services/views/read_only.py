"""Opening a case read-only, without claiming it: the reviewer's case view (documents, what was read
from them, the rules' verdict) and its trail. Each opening is an audited read of personal data."""
from __future__ import annotations

from portal.services.cases import lifecycle
from portal.services.people.auth import Principal, actor_fields, require_case_access, require_role
from portal.services.views import documents as documents_view
from portal.services.views import history
from portal.store import audit, clock, rows


def open_read_only(db, principal: Principal, case_id: int) -> dict:
    """`documents.submitted_review` plus the trail and whether the case can be claimed now; the
    audit event (action `case.view`) is written before anything personal is returned."""
    require_role(principal, "reviewer", "admin")
    with db.transaction() as cur:
        case = lifecycle.load(cur, case_id)
        require_case_access(principal, case)
        audit.append(cur, **actor_fields(principal), action="case.view", entity="case", entity_id=case_id,
                     before=None, after={"read_only": True, "state": case["state"]})
    found = documents_view.submitted_review(db, principal, case_id)
    found["trail"] = history.case_trail(db, principal, case_id)
    with db.read() as cur:
        entry = rows.one(cur, "select_queue_entry", {"case_id": case_id})
    free = entry is not None and (entry["lease_until"] is None or entry["lease_until"] < clock.now())
    found["claimable"] = free
    found["mine"] = entry is not None and not free and entry["lease_owner"] == principal.user_id
    return found
