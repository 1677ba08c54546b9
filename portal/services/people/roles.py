"""Changing a staff account's role (reviewer ⇄ administrator), within the caller's cities. The change,
its audit event and the revocation of every session of that account are one transaction, so the
account's next action runs under the new role (after logging in again)."""
from __future__ import annotations

from portal.domain.errors import InvalidInput, PermissionDenied
from portal.services.people import sessions
from portal.services.people.auth import Principal, actor_fields, require_role
from portal.services.people.staff import _managed
from portal.store import audit, rows

STAFF_ROLES = ("reviewer", "admin")


def set_role(db, principal: Principal, user_id: int, role: str) -> None:
    require_role(principal, "admin")
    if role not in STAFF_ROLES:
        raise InvalidInput("角色只能是 reviewer（审核员）或 admin（管理员）")
    if user_id == principal.user_id:
        raise PermissionDenied("不能修改本人的角色")
    with db.transaction() as cur:
        user = _managed(cur, principal, user_id)
        if user["role"] == role:
            return
        cur.execute(rows.q("update_user_role"), {"id": user_id, "role": role})
        audit.append(cur, **actor_fields(principal), action="set_role", entity="user", entity_id=user_id,
                     before={"role": user["role"]}, after={"role": role})
        sessions.revoke_all(cur, actor_fields(principal), user_id, "role")
