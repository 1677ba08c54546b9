"""Objections (异议) during a 公示: recorded, the case leaves the list and goes back to review."""
from __future__ import annotations

from portal.services.auth import Principal, actor_fields, require_role
from portal.services.errors import Conflict, InvalidInput, NotFound
from portal.services.publication import _change, _load, now
from portal.store import audit
from portal.store.queries import q

REOPENED_STATE = "in_review"        # the case state: back under review
QUEUE_STATE = "resubmitted"         # its queue entry waits for a reviewer to claim it


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
        entry = cur.execute(q("select_pass_list_entry"), {"list_id": list_id, "case_id": case_id}).fetchone()
        if entry is None:
            raise NotFound(f"案件 {case_id} 不在名单 {list_id} 中")
        if entry[1] != "listed":
            raise Conflict(f"案件 {case_id} 已因异议撤出名单")
        objection_id = cur.execute(q("insert_objection"), {"list_id": list_id, "case_id": case_id,
                                   "raised_by": raised_by, "reason": reason, "actor_id": principal.user_id,
                                   "now": stamp}).fetchone()[0]
        cur.execute(q("update_pass_list_entry_removed"), {"list_id": list_id, "case_id": case_id})
        moved = cur.execute(q("update_case_state"), {"case_id": case_id, "from_state": "published",
                            "to_state": REOPENED_STATE, "now": stamp}).fetchone()
        if moved is None:
            raise Conflict(f"案件 {case_id} 不是“公示中”状态，无法退回复核")
        cur.execute(q("insert_queue_entry_reopened"), {"case_id": case_id, "queue_state": QUEUE_STATE, "now": stamp})
        _change(cur, principal, list_id, case_id, "removed", f"异议：{reason}", stamp, objection_id)
        audit.append(cur, **actor_fields(principal), action="pass_list.objection", entity="case",
                     entity_id=case_id, before={"state": "published", "list_id": list_id, "entry": "listed"},
                     after={"state": REOPENED_STATE, "entry": "removed", "objection_id": objection_id,
                            "reason": reason})
        return {"objection_id": objection_id, "list": _load(cur, principal, list_id)}
