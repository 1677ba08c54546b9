"""Administering staff accounts: list (with lock state), reset a password to a temporary one,
deactivate and re-activate, change cities, unlock; and any user's own password change. Each change
of password, activity, role or cities revokes every session of that account in the same transaction."""
from __future__ import annotations

import secrets

from portal.domain.errors import InvalidInput, NotFound, PermissionDenied
from portal.domain.units import all_codes
from portal.services.people import locks, passwords, sessions
from portal.services.people.auth import Principal, actor_fields, ensure_live, require_role
from portal.store import audit, rows


def list_staff(db, principal: Principal) -> list[dict]:
    """Staff sharing a city with the caller, each with `locked` (clients currently made to wait)."""
    require_role(principal, "admin")
    with db.read() as cur:
        found = [u for u in rows.many(cur, "select_staff") if set(u["cities"]) & set(principal.cities)]
        held = locks.locked_usernames(cur, [u["username"] for u in found])
    return [u | {"locked": u["username"] in held} for u in found]


def find_staff(db, principal: Principal, username: str) -> dict:
    """A staff account in the caller's cities by its username."""
    require_role(principal, "admin")
    with db.read() as cur:
        user = rows.one(cur, "select_user_by_username", {"username": str(username or "").strip()})
        if user is None:
            raise NotFound(f"账号不存在：{username}")
        return _managed(cur, principal, user["id"])


def _managed(cur, principal: Principal, user_id: int) -> dict:
    require_role(principal, "admin")
    user = rows.one(cur, "select_user", {"id": user_id})
    if user is None or user["role"] == "candidate":
        raise NotFound("账号不存在")
    if not set(user["cities"]) <= set(principal.cities):
        raise PermissionDenied("只能管理本人管辖市州的账号")
    return user


def temporary_password() -> str:
    """A generated password meeting the policy (letters and digits, 12 characters)."""
    return secrets.choice("abcdefghjkmnpqrstuvwxyz") + secrets.token_hex(5) + str(secrets.randbelow(10))


def reset_password(db, principal: Principal, user_id: int, new_password: str | None = None) -> str:
    """Set a temporary password (generated when none is given) that must be changed at the next
    login; returns it. Every session of the account ends."""
    require_role(principal, "admin")
    new_password = new_password or temporary_password()
    hashed = passwords.hash_password(new_password)
    with db.transaction() as cur:
        _managed(cur, principal, user_id)
        cur.execute(rows.q("update_user_password"), {"id": user_id, "hash": hashed, "must_change": True})
        audit.append(cur, **actor_fields(principal), action="reset_password", entity="user",
                     entity_id=user_id, before=None, after={"password_reset": True, "temporary": True})
        sessions.revoke_all(cur, actor_fields(principal), user_id, "password")
    return new_password


def set_active(db, principal: Principal, user_id: int, active: bool) -> None:
    require_role(principal, "admin")
    with db.transaction() as cur:
        user = _managed(cur, principal, user_id)
        if user_id == principal.user_id:
            raise InvalidInput("不能停用自己的账号")
        cur.execute(rows.q("update_user_active"), {"id": user_id, "active": active})
        audit.append(cur, **actor_fields(principal), action="set_active", entity="user", entity_id=user_id,
                     before={"active": user["active"]}, after={"active": active})
        if not active:
            sessions.revoke_all(cur, actor_fields(principal), user_id, "deactivated")


def set_cities(db, principal: Principal, user_id: int, cities: list[str]) -> None:
    """Change the cities an account reviews or administers (within the caller's own cities)."""
    require_role(principal, "admin")
    cities = sorted(set(cities))
    if not cities or not set(cities) <= set(all_codes()):
        raise InvalidInput("请选择有效的市州")
    if not set(cities) <= set(principal.cities):
        raise PermissionDenied("只能分配本人管辖的市州")
    with db.transaction() as cur:
        user = _managed(cur, principal, user_id)
        cur.execute(rows.q("update_user_cities"), {"id": user_id, "cities": cities})
        audit.append(cur, **actor_fields(principal), action="set_cities", entity="user", entity_id=user_id,
                     before={"cities": list(user["cities"])}, after={"cities": cities})
        sessions.revoke_all(cur, actor_fields(principal), user_id, "role")


def change_password(db, principal: Principal, old_password: str, new_password: str) -> None:
    """Any logged-in user changes their own password; every session of theirs ends (log in again)."""
    if principal is None:
        raise PermissionDenied("请先登录")
    ensure_live(principal)
    with db.read() as cur:
        user = rows.one(cur, "select_user", {"id": principal.user_id})
    if user is None or not passwords.verify(user["password_hash"], old_password):
        raise InvalidInput("原密码错误")
    if old_password == new_password:
        raise InvalidInput("新密码不能与原密码相同")
    hashed = passwords.hash_password(new_password)
    with db.transaction() as cur:
        cur.execute(rows.q("update_user_password"), {"id": user["id"], "hash": hashed, "must_change": False})
        audit.append(cur, **actor_fields(principal), action="change_password", entity="user",
                     entity_id=user["id"], before=None, after={"password_changed": True})
        sessions.revoke_all(cur, actor_fields(principal), user["id"], "password")
