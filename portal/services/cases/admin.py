"""Administrator tools on cases: rollback of review operations (latest first), transfer between
review bodies, reassignment of a reviewer's cases, re-opening a published case for review."""
from __future__ import annotations

import datetime as dt

from checks import normalize
from portal.domain import names, states, units
from portal.domain.errors import Conflict, InvalidInput, NotFound
from portal.services.cases import lifecycle, queue, review_ops
from portal.services.people.auth import Principal, actor_fields, require_city, require_role
from portal.store import audit, clock, rows


def _reason(text) -> str:
    if not normalize.clean(text):
        raise InvalidInput("请填写原因")
    return normalize.clean(text)


def _requeue(cur, case: dict, preferred=None) -> None:
    cand = rows.one(cur, "select_candidate", {"id": case["candidate_id"]})
    queue.enqueue(cur, case, states.waiting_state(case), cand["name"], preferred)


def rollback_last(db, principal: Principal, case_id: int, *, reason: str) -> dict:
    """Undo the case's latest review operation; older ones can only be undone after it."""
    reason = _reason(reason)
    with db.transaction() as cur:
        case = lifecycle.load(cur, case_id)
        require_role(principal, "admin")
        require_city(principal, case["city"])
        op = review_ops.latest(cur, case_id)
        if op is None:
            raise NotFound("该案件没有可回退的审核操作")
        if case["state"] != op["after"]["state"] or case["city"] != op["after"]["city"]:
            raise Conflict(f"案件在“{names.name('action', op['op'])}”之后已有变化"
                           f"（当前：{names.name('state', case['state'])}），不能回退")
        if op["op"] in ("pass", "fail", "return"):
            new = lifecycle.transition(cur, principal, case_id, "rollback", case=case,
                                       detail={"undo": op["op"], "op_id": op["id"], "reason": reason})
            cur.execute(rows.q("delete_notice"), {"case_id": case_id, "submission_no": case["submission_no"]})
            cur.execute(rows.q("delete_case_history"), {"case_id": case_id})
            _requeue(cur, new)
        else:
            return _move(cur, principal, case, op["before"]["city"], reason, undo=op)
        restore = {k: op["before"].get(k) for k in ("decided_by", "decided_at", "decision_json",
                                                       "returned_by", "return_deadline")}
        for key in ("decided_at", "return_deadline"):
            restore[key] = restore[key] and dt.datetime.fromisoformat(restore[key])
        cur.execute(rows.q("update_case_decision"), restore | {"id": case_id})
        cur.execute(rows.q("update_review_op_undone"), {"id": op["id"], "now": clock.now(), "by": principal.user_id})
        return new


def _move(cur, principal, case, to_city, reason, undo=None) -> dict:
    entry = rows.one(cur, "select_queue_entry", {"case_id": case["id"]})
    new = lifecycle.transition(cur, principal, case["id"], "transfer", case=case,
                               detail={"from_city": case["city"], "to_city": to_city, "reason": reason})
    if case["state"] == "in_review":
        new = lifecycle.transition(cur, principal, case["id"], "release", case=new)
    cur.execute(rows.q("update_case_city"), {"id": case["id"], "city": to_city})
    if entry:
        cur.execute(rows.q("move_queue_entry"), {"case_id": case["id"], "city": to_city, "state": new["state"]})
        cur.execute(rows.q("advance_queue_head"), {"city": entry["city"], "qseq": entry["qseq"]})
        cur.execute(rows.q("lower_queue_head"), {"city": to_city, "qseq": entry["qseq"]})
    new = new | {"city": to_city}
    if undo:
        cur.execute(rows.q("update_review_op_undone"), {"id": undo["id"], "now": clock.now(), "by": principal.user_id})
    else:
        review_ops.record(cur, principal, case["id"], "transfer", case, new)
    return new


def transfer_cases(db, principal: Principal, case_ids: list[int], *, to_city: str, reason: str) -> int:
    """Move undecided cases to another review body (city bureau), all or none."""
    reason = _reason(reason)
    if to_city not in units.cities():
        raise InvalidInput(f"未知市州：{to_city}")
    with db.transaction() as cur:
        for case_id in case_ids:
            case = lifecycle.load(cur, case_id)
            require_role(principal, "admin")
            require_city(principal, case["city"])
            if case["city"] == to_city:
                raise Conflict(f"案件 {case_id} 已属于{units.city_name(to_city)}")
            _move(cur, principal, case, to_city, reason)
    return len(case_ids)


def reassign_reviewer(db, principal: Principal, from_user: int, to_user: int | None, *, reason: str) -> int:
    """Hand a reviewer's leased cases (and resubmissions waiting for them) to another reviewer,
    or back to the queue when `to_user` is None. Returns the number of cases moved."""
    require_role(principal, "admin")
    reason = _reason(reason)
    now = clock.now()
    with db.transaction() as cur:
        for uid in filter(None, (from_user, to_user)):
            user = rows.one(cur, "select_user", {"id": uid})
            if user is None or user["role"] not in ("reviewer", "admin") or not set(user["cities"]) & set(principal.cities):
                raise NotFound(f"审核员不存在或不在您的管辖范围：{uid}")
        moved = 0
        for entry in rows.many(cur, "select_leases_of", {"me": from_user, "now": now}):
            case = lifecycle.load(cur, entry["case_id"])
            require_city(principal, case["city"])
            if to_user is None:
                lifecycle.transition(cur, principal, case["id"], "release", case=case)
                cur.execute(rows.q("release_queue_entry"), {"case_id": case["id"], "state": states.waiting_state(case)})
            else:
                cur.execute(rows.q("update_lease_owner"), {"case_id": case["id"], "to": to_user,
                                                           "until": now + dt.timedelta(minutes=queue.LEASE_MINUTES)})
            audit.append(cur, **actor_fields(principal), action="reassign", entity="case", entity_id=case["id"],
                         before={"lease_owner": from_user}, after={"lease_owner": to_user, "reason": reason})
            moved += 1
        n_pref = cur.execute(rows.q("reassign_preferences"), {"from": from_user, "to": to_user}).fetchall()
        cur.execute(rows.q("reassign_returned_by"), {"from": from_user, "to": to_user})
        cur.execute(rows.q("delete_queue_preferred_of" if to_user is None else "update_queue_preferred_reviewer"),
                    {"from": from_user, "to": to_user} if to_user else {"from": from_user})
        if n_pref:
            audit.append(cur, **actor_fields(principal), action="reassign_preferences", entity="user",
                         entity_id=from_user, before={"preferred_cases": [r[0] for r in n_pref]},
                         after={"reviewer": to_user, "reason": reason})
    return moved
