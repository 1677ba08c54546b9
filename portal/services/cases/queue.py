"""City review queues: oldest first, flagged cases marked, claim-next under an expiring lease.
A city's head (lowest open qseq) bounds every scan, so settled cases are never read."""
from __future__ import annotations

import datetime as dt

from portal.domain.errors import Conflict, InvalidInput
from portal.services.cases import lifecycle
from portal.services.people.auth import Principal, require_city, require_role
from portal.store import clock, rows

LEASE_MINUTES = 30
PREFERENCE_HOURS = 24  # a resubmission waits this long for the reviewer who returned it
# Zone maps prune whole row groups (~120k rows), so a head lagging a few entries behind costs
# nothing: it is moved on every HEAD_EVERY-th removal from that city's queue (a lower head is
# always still correct). Counted per city, so no city's head is left behind for good.
HEAD_EVERY = 32
_removals: dict[str, int] = {}


def _head_due(city: str) -> bool:
    """Count one removal from `city`'s queue (callers hold the write lock); True every HEAD_EVERY-th."""
    _removals[city] = _removals.get(city, 0) + 1
    return _removals[city] % HEAD_EVERY == 0


def enqueue(cur, case: dict, state: str, name: str, preferred: int | None = None) -> None:
    cur.execute(rows.q("insert_queue_entry"), {
        "case_id": case["id"], "city": case["city"], "name": name, "exam": case["exam"],
        "level": case["level"], "state": state, "flagged": bool(case["flagged"]),
        "now": clock.now(), "preferred": preferred})
    if preferred is not None:
        cur.execute(rows.q("insert_queue_preferred"), {"case_id": case["id"], "reviewer_id": preferred})


def dequeue(cur, entry: dict) -> None:
    """Remove a settled case from its queue; now and then move the city's head past removed ones."""
    cur.execute(rows.q("delete_queue_entry"), {"case_id": entry["case_id"]})
    if entry["preferred_reviewer"] is not None:
        cur.execute(rows.q("delete_queue_preferred"), {"case_id": entry["case_id"]})
    if _head_due(entry["city"]):
        cur.execute(rows.q("advance_to_first_open"), {"city": entry["city"]})


def remove_held(cur, principal: Principal, case_id: int) -> None:
    """Decide: take the entry out of its queue if `principal` holds its unexpired lease, else
    Conflict saying why (one statement on the usual path; the caller's rollback undoes it)."""
    gone = cur.execute(rows.q("delete_held_queue_entry"), {
        "case_id": case_id, "me": principal.user_id, "now": clock.now()}).fetchone()
    if gone is None:
        held_lease(cur, principal, case_id)  # raises the precise reason
        raise Conflict("您对该案件的领取已失效，请重新领取")
    city, preferred = gone
    if preferred is not None:
        cur.execute(rows.q("delete_queue_preferred"), {"case_id": case_id})
    if _head_due(city):
        cur.execute(rows.q("advance_to_first_open"), {"city": city})


def entry_for(cur, case_id: int) -> dict:
    entry = rows.one(cur, "select_queue_entry", {"case_id": case_id})
    if entry is None:
        raise Conflict("该案件不在审核队列中")
    return entry


def held_lease(cur, principal: Principal, case_id: int) -> dict:
    """The queue entry if `principal` holds an unexpired lease on it, else Conflict."""
    entry = entry_for(cur, case_id)
    if entry["lease_owner"] != principal.user_id:
        raise Conflict("您没有领取该案件，请先领取后再审核")
    if entry["lease_until"] < clock.now():
        raise Conflict("您对该案件的领取已超时失效，请重新领取")
    return entry


def _take(cur, principal: Principal, entry: dict, minutes: int) -> dict:
    now = clock.now()
    params = {"case_id": entry["case_id"], "me": principal.user_id, "now": now,
              "until": now + dt.timedelta(minutes=minutes)}
    if cur.execute(rows.q("lease_queue_entry"), params).fetchone()[0] != 1:
        raise Conflict("该案件已被其他审核员领取")
    if entry.get("preferred_reviewer") is not None:
        cur.execute(rows.q("delete_queue_preferred"), {"case_id": entry["case_id"]})
    # The entry mirrors the case's state and city; the state write re-checks it, and on a
    # mismatch (a case put back by other means) the case row itself is read.
    known = {"id": entry["case_id"], "city": entry["city"], "state": entry["state"]}
    try:
        case = lifecycle.transition(cur, principal, entry["case_id"], "claim", case=known,
                                    detail={"lease_until": params["until"]})
    except Conflict:
        case = lifecycle.transition(cur, principal, entry["case_id"], "claim",
                                    detail={"lease_until": params["until"]})
    return case | {"lease_until": params["until"]}


def _cities(principal: Principal, city: str | None) -> list[str]:
    require_role(principal, "reviewer", "admin")
    if city:
        require_city(principal, city)
        return [city]
    return list(principal.cities)


def claim_next(db, principal: Principal, *, city: str | None = None,
               lease_minutes: int = LEASE_MINUTES) -> dict | None:
    """Lease the oldest claimable case (the reviewer's own resubmissions first); None when empty."""
    cities = _cities(principal, city)
    now = clock.now()
    with db.transaction() as cur:
        # One query finds the oldest claimable entry and says whether resubmissions wait for me.
        entry = rows.one(cur, "select_next_claimable", {
            "cities": cities, "now": now, "me": principal.user_id,
            "pref_cutoff": now - dt.timedelta(hours=PREFERENCE_HOURS)})
        if entry is None or entry["my_preferred"]:
            for pref in rows.many(cur, "select_preferred_for", {"me": principal.user_id}):
                mine = rows.one(cur, "select_queue_entry", {"case_id": pref["case_id"]})
                if mine and mine["city"] in cities and (mine["lease_until"] is None or mine["lease_until"] < now):
                    return _take(cur, principal, mine, lease_minutes)
        return None if entry is None else _take(cur, principal, entry, lease_minutes)


def claim_case(db, principal: Principal, case_id: int, *, lease_minutes: int = LEASE_MINUTES) -> dict:
    """Lease one chosen case from the queue page."""
    with db.transaction() as cur:
        _cities(principal, lifecycle.load(cur, case_id)["city"])
        entry = entry_for(cur, case_id)
        if entry["lease_until"] is not None and entry["lease_until"] >= clock.now():
            raise Conflict("该案件已被其他审核员领取")
        return _take(cur, principal, entry, lease_minutes)


def release_case(db, principal: Principal, case_id: int) -> None:
    """Give a leased case back to the queue (the holder, or an admin of its city)."""
    with db.transaction() as cur:
        _cities(principal, lifecycle.load(cur, case_id)["city"])
        entry_for(cur, case_id)                      # Conflict when the case is not queued
        if principal.role != "admin":
            held_lease(cur, principal, case_id)
        case = lifecycle.transition(cur, principal, case_id, "release")
        cur.execute(rows.q("release_queue_entry"), {"case_id": case_id, "state": case["state"]})


def queue_page(db, principal: Principal, *, city: str | None = None, exam: str | None = None,
               level: str | None = None, status: str | None = None, flagged: bool | None = None,
               page: int = 1, size: int = 50, after: int | None = None, with_total: bool = True) -> dict:
    """One page of the queue, oldest first. Page by number, or (cheaper for deep pages) by
    `after=<qseq of the last row shown>`; `total` counts every matching entry."""
    cities = _cities(principal, city)
    if status not in (None, "submitted", "resubmitted", "in_review") or not 1 <= size <= 200 or page < 1:
        raise InvalidInput("筛选条件无效")
    filters = {"cities": cities, "exam": exam, "level": level, "status": status, "flagged": flagged}
    params = filters | {"now": clock.now(), "limit": size, "after": after,
                        "offset": 0 if after is not None else (page - 1) * size}
    with db.read() as cur:
        found = rows.many(cur, "select_queue_page", params)
        total = rows.scalar(cur, "count_queue_page", filters) if with_total else None
    return {"rows": found, "total": total, "page": page, "size": size,
            "next_after": found[-1]["qseq"] if len(found) == size else None}
