"""Blacklist (add / edit / lift, each with a reason, all audited) and the history of failed checks:
either blocks a person's submission, and the reason is shown to them."""
from __future__ import annotations

from checks import idnumber, normalize
from portal.domain.errors import Conflict, InvalidInput, NotFound
from portal.domain.masking import mask_id
from portal.services.people.auth import Principal, actor_fields, is_province_admin, require_province_admin, require_role
from portal.store import audit, clock, rows


def _masked(entry: dict) -> dict:
    """Audit events carry the masked ID number only (no full numbers in logs)."""
    return entry | {"id_number": mask_id(entry["id_number"])}


def _reason(text: str) -> str:
    text = normalize.clean(text)
    if not text:
        raise InvalidInput("请填写原因")
    return text


def add_entry(db, principal: Principal, *, id_number: str, name: str, reason: str) -> int:
    require_province_admin(principal)
    id_number = normalize.id_number(id_number)
    if (why := idnumber.problem(id_number)):
        raise InvalidInput(why)
    params = {"id_number": id_number, "name": normalize.clean(name), "reason": _reason(reason),
              "by": principal.user_id, "now": clock.now()}
    with db.transaction() as cur:
        if rows.one(cur, "select_active_blacklist", {"id_number": id_number}):
            raise Conflict("此人已在黑名单中，请修改原有记录")
        entry = rows.one(cur, "insert_blacklist", params)
        audit.append(cur, **actor_fields(principal), action="blacklist_add", entity="blacklist",
                     entity_id=entry["id"], before=None, after=_masked(entry))
    return entry["id"]


def edit_entry(db, principal: Principal, entry_id: int, *, reason: str, name: str | None = None) -> None:
    require_province_admin(principal)
    with db.transaction() as cur:
        before = rows.one(cur, "select_blacklist", {"id": entry_id})
        if before is None or before["lifted_at"] is not None:
            raise NotFound("黑名单记录不存在或已解除")
        after = before | {"reason": _reason(reason), "name": normalize.clean(name) or before["name"]}
        cur.execute(rows.q("update_blacklist"), {"id": entry_id, "reason": after["reason"], "name": after["name"]})
        audit.append(cur, **actor_fields(principal), action="blacklist_edit", entity="blacklist",
                     entity_id=entry_id, before=_masked(before), after=_masked(after))


def lift_entry(db, principal: Principal, entry_id: int, *, reason: str) -> None:
    require_province_admin(principal)
    with db.transaction() as cur:
        before = rows.one(cur, "select_blacklist", {"id": entry_id})
        if before is None or before["lifted_at"] is not None:
            raise NotFound("黑名单记录不存在或已解除")
        params = {"id": entry_id, "by": principal.user_id, "now": clock.now(), "reason": _reason(reason)}
        cur.execute(rows.q("lift_blacklist"), params)
        audit.append(cur, **actor_fields(principal), action="blacklist_lift", entity="blacklist",
                     entity_id=entry_id, before=_masked(before),
                     after=_masked(rows.one(cur, "select_blacklist", {"id": entry_id})))


def list_entries(db, principal: Principal, *, include_lifted: bool = False) -> list[dict]:
    """Every entry; a city administrator sees full ID numbers only of people with a case in their cities."""
    require_role(principal, "admin")
    with db.read() as cur:
        found = rows.many(cur, "select_blacklist_entries", {"include_lifted": include_lifted})
    if is_province_admin(principal):
        return found
    return [e if set(e["cities"]) & set(principal.cities) else _masked(e) for e in found]


def add_history(db, principal: Principal, *, id_number: str, exam: str, exam_year: int, reason: str) -> None:
    """Record an earlier round's failed check (not meeting the conditions)."""
    require_province_admin(principal)
    id_number = normalize.id_number(id_number)
    if (why := idnumber.problem(id_number)):
        raise InvalidInput(why)
    params = {"id_number": id_number, "exam": exam, "exam_year": int(exam_year),
              "reason": _reason(reason), "case_id": None, "now": clock.now()}
    with db.transaction() as cur:
        cur.execute(rows.q("insert_check_history"), params)
        audit.append(cur, **actor_fields(principal), action="history_add", entity="check_history",
                     entity_id=mask_id(id_number), before=None,
                     after={k: v for k, v in params.items() if k not in ("now", "id_number")})


def blocking_reason(cur, id_number: str, exam: str) -> str | None:
    """Why this person may not submit for this exam, or None."""
    entry = rows.one(cur, "select_active_blacklist", {"id_number": id_number})
    if entry:
        return f"您已被列入黑名单，不能提交核查材料。原因：{entry['reason']}"
    past = rows.one(cur, "select_failed_history", {"id_number": id_number, "exam": exam})
    if past:
        return (f"您曾在{past['exam_year']}年度考后人工核查中因不符合报考条件未通过"
                f"（{past['reason']}），按规定不再受理")
    return None
