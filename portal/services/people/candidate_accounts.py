"""Administrators and candidates' accounts: an administrator starts a password reset (a one-time
code to the listed phone; the candidate then sets the password) and corrects a listed phone number
when the list was wrong (audited with the reason). Only for candidates with a case in the caller's
cities."""
from __future__ import annotations

from checks import idnumber, normalize
from portal.domain.errors import InvalidInput, NotFound, PermissionDenied
from portal.domain.masking import mask_phone
from portal.services.people import codes, messages
from portal.services.people.auth import Principal, actor_fields, require_role
from portal.store import audit, clock, rows


def _candidate_in_scope(cur, principal: Principal, id_number: str) -> dict:
    id_number = normalize.id_number(id_number or "")
    if (why := idnumber.problem(id_number)):
        raise InvalidInput(why)
    cand = rows.one(cur, "select_candidate_by_id_number", {"id_number": id_number})
    if cand is None:
        raise NotFound("名单中没有该身份证号")
    cities = {r["city"] for r in rows.many(cur, "select_cases_of_candidate", {"candidate_id": cand["id"]})}
    if not cities & set(principal.cities):
        raise PermissionDenied("无权操作：该考生不属于您管辖的市州")
    return cand


def reset_candidate_password(db, principal: Principal, id_number: str) -> str:
    """Send the candidate a code for a new password (the old password stays until it is used)."""
    require_role(principal, "admin")
    with db.transaction() as cur:
        cand = _candidate_in_scope(cur, principal, id_number)
        if not cand["phone"]:
            raise InvalidInput("名单未登记该考生的手机号码，请先更正手机号码")
        outbox_id = codes.send_code(cur, cand, "admin_reset", actor_fields(principal))
    if outbox_id is None:
        return "验证码刚刚已发送，请稍后再试"
    messages.deliver(db, outbox_id)
    return f"验证码已发送至名单登记的手机 {mask_phone(cand['phone'])}"


def correct_phone(db, principal: Principal, id_number: str, phone: str, *, reason: str) -> None:
    """Correct the listed phone of a candidate (the authority's list was wrong)."""
    require_role(principal, "admin")
    phone, reason = normalize.phone(phone or ""), normalize.clean(reason or "")
    if not (len(phone) == 11 and phone.isdigit() and phone.startswith("1")):
        raise InvalidInput("请填写11位手机号码")
    if not reason:
        raise InvalidInput("请填写更正原因")
    with db.transaction() as cur:
        cand = _candidate_in_scope(cur, principal, id_number)
        cur.execute(rows.q("update_candidate_phone"), {"id": cand["id"], "phone": phone, "now": clock.now()})
        audit.append(cur, **actor_fields(principal), action="phone_corrected", entity="candidate",
                     entity_id=cand["id"], before={"phone": mask_phone(cand["phone"])},
                     after={"phone": mask_phone(phone), "reason": reason})
