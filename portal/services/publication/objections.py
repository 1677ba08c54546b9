"""Objections (异议) during a 公示: recorded, the case leaves the list (the list keeps the change)
and goes back to its city's review queue, flagged."""
from __future__ import annotations

from portal.domain import states
from portal.domain.errors import Conflict, InvalidInput, NotFound
from portal.services.cases import lifecycle, queue
from portal.services.people.auth import Principal, actor_fields, require_role
from portal.services.publication.calendar import now
from portal.services.publication.common import _change, _load
from portal.store import audit
from portal.store.queries import q


def record_objection(db, principal: Principal, list_id: int, case_id: int, *, raised_by: str, reason: str) -> dict:
    """Record an objection to one entry of a published list; returns the objection id and list row."""
    require_role(principal, "admin")
    raised_by, reason = (raised_by or "").strip(), (reason or "").strip()
    if not reason:
        raise InvalidInput("请填写异议内容")
    if not raised_by:
        raise InvalidInput("请填写异议人（实名异议须写明姓名和联系方式）")
    stamp = now()
    with db.transaction() as cur:
        row = _load(cur, principal, list_id)
        if row["status"] != "published":
            raise Conflict("只有公示中的名单可以登记异议")
        if stamp.date() > row["notice_end"]:
            raise Conflict(f"公示期已于 {row['notice_end']} 结束，不能再登记异议")
        entry = cur.execute(q("select_pass_list_entry"), {"list_id": list_id, "case_id": case_id}).fetchall()
        if not entry:
            raise NotFound(f"案件 {case_id} 不在名单 {list_id} 中")
        if entry[0][1] != "listed":
            raise Conflict(f"案件 {case_id} 已因异议撤出名单")
        objection_id = cur.execute(q("insert_objection"), {"list_id": list_id, "case_id": case_id,
                                   "raised_by": raised_by, "reason": reason, "actor_id": principal.user_id,
                                   "now": stamp}).fetchall()[0][0]
        cur.execute(q("update_pass_list_entry_removed"), {"list_id": list_id, "case_id": case_id})
        case = _back_to_review(cur, principal, case_id, {"objection_id": objection_id, "list_id": list_id})
        queue.enqueue(cur, case | {"flagged": True}, case["state"], entry[0][3])
        _change(cur, principal, list_id, case_id, "removed", f"异议：{reason}", stamp, objection_id)
        audit.append(cur, **actor_fields(principal), action="pass_list.objection", entity="pass_list",
                     entity_id=list_id, before={"case_id": case_id, "entry": "listed"},
                     after={"case_id": case_id, "entry": "removed", "objection_id": objection_id,
                            "raised_by": raised_by, "reason": reason, "case_state": case["state"]})
        return {"objection_id": objection_id, "case_state": case["state"], "list": _load(cur, principal, list_id)}


def _back_to_review(cur, principal: Principal, case_id: int, detail: dict) -> dict:
    """published → the queue's waiting state, by the state machine's `reopen` action; with an older
    state machine without it: `unpublish`, then the move to waiting recorded by the objection's event."""
    if "published" in states.TRANSITIONS.get("reopen", ((),))[0]:
        return lifecycle.transition(cur, principal, case_id, "reopen", detail=detail)
    case = lifecycle.transition(cur, principal, case_id, "unpublish", detail=detail)
    waiting = states.waiting_state(case)
    moved = cur.execute(q("update_case_reopened"), {"case_id": case["id"], "from_state": case["state"],
                        "to_state": waiting, "now": now()}).fetchall()
    if not moved:
        raise Conflict("案件状态已被他人修改，请刷新后重试")
    return case | {"state": waiting}
