"""Administering staff accounts: list, reset a password, deactivate, change password."""
from __future__ import annotations

from portal.domain.errors import InvalidInput, NotFound, PermissionDenied
from portal.services.people import passwords
from portal.services.people.auth import Principal, actor_fields, require_role
from portal.store import audit, rows


def list_staff(db, principal: Principal) -> list[dict]:
    require_role(principal, "admin")
    with db.read() as cur:
        return [u for u in rows.many(cur, "select_staff") if set(u["cities"]) & set(principal.cities)]


def _managed(cur, principal: Principal, user_id: int) -> dict:
    require_role(principal, "admin")
    user = rows.one(cur, "select_user", {"id": user_id})
    if user is None or user["role"] == "candidate":
        raise NotFound("账号不存在")
    if not set(user["cities"]) <= set(principal.cities):
        raise PermissionDenied("只能管理本人管辖市州的账号")
    return user


def reset_password(db, principal: Principal, user_id: int, new_password: str) -> None:
    with db.transaction() as cur:
        _managed(cur, principal, user_id)
        cur.execute(rows.q("update_user_password"), {"id": user_id, "hash": passwords.hash_password(new_password)})
        audit.append(cur, **actor_fields(principal), action="reset_password", entity="user",
                     entity_id=user_id, before=None, after={"password_reset": True})


def set_active(db, principal: Principal, user_id: int, active: bool) -> None:
    with db.transaction() as cur:
        user = _managed(cur, principal, user_id)
        if user_id == principal.user_id:
            raise InvalidInput("不能停用自己的账号")
        cur.execute(rows.q("update_user_active"), {"id": user_id, "active": active})
        audit.append(cur, **actor_fields(principal), action="set_active", entity="user", entity_id=user_id,
                     before={"active": user["active"]}, after={"active": active})


def change_password(db, principal: Principal, old_password: str, new_password: str) -> None:
    """Any logged-in user changes their own password."""
    with db.transaction() as cur:
        user = rows.one(cur, "select_user", {"id": principal.user_id})
        if user is None or not passwords.verify(user["password_hash"], old_password):
            raise InvalidInput("原密码错误")
        cur.execute(rows.q("update_user_password"), {"id": user["id"], "hash": passwords.hash_password(new_password)})
        audit.append(cur, **actor_fields(principal), action="change_password", entity="user",
                     entity_id=user["id"], before=None, after={"password_changed": True})
