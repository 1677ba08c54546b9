"""Working through the queue in batches: claim the next N cases at once (at most 10, each under its
own lease, oldest first) and give back every case one holds."""
from __future__ import annotations

from portal.domain.errors import InvalidInput
from portal.services.cases import queue
from portal.services.people.auth import Principal, require_role
from portal.store import clock, rows

MAX_BATCH = 10


def claim_next_n(db, principal: Principal, n: int, *, city: str | None = None) -> list[dict]:
    """Up to `n` (1–10) cases, each claimed as `queue.claim_next` would; fewer when the queue runs
    out. Each claim is its own transaction, so a concurrent reviewer never gets the same case."""
    require_role(principal, "reviewer", "admin")
    if not 1 <= int(n) <= MAX_BATCH:
        raise InvalidInput(f"一次最多领取 {MAX_BATCH} 件")
    out = []
    for _ in range(int(n)):
        case = queue.claim_next(db, principal, city=city)
        if case is None:
            break
        out.append(case)
    return out


def release_all_mine(db, principal: Principal) -> list[int]:
    """Put back every case whose unexpired lease the caller holds; the case numbers released."""
    require_role(principal, "reviewer", "admin")
    with db.read() as cur:
        held = rows.many(cur, "select_leases_of", {"me": principal.user_id, "now": clock.now()})
    released = []
    for entry in held:
        queue.release_case(db, principal, entry["case_id"])
        released.append(entry["case_id"])
    return released
