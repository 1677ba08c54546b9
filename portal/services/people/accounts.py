"""Accounts: staff creation; `login` (in `login`) is re-exported here for the pages and commands."""
from __future__ import annotations

from checks import normalize
from portal.domain.errors import Conflict, InvalidInput, PermissionDenied
from portal.domain.units import all_codes
from portal.services.people import passwords
from portal.services.people.auth import Principal, actor_fields, require_role
from portal.services.people.login import login  # noqa: F401  (re-exported)
from portal.store import audit, clock, rows


def create_staff(db, principal: Principal, *, username: str, role: str, display_name: str,
                 cities: list[str], password: str) -> int:
    """An admin adds a reviewer or admin; a city admin only within their own cities."""
    require_role(principal, "admin")
    if role not in ("reviewer", "admin"):
        raise InvalidInput("工作人员角色只能是审核员或管理员")
    cities = sorted(set(cities))
    if not cities or not set(cities) <= set(all_codes()):
        raise InvalidInput("请选择有效的市州")
    if not set(cities) <= set(principal.cities):
        raise PermissionDenied("只能为本人管辖的市州添加账号")
    username = normalize.clean(username)
    if not username or username[:1].isdigit():
        raise InvalidInput("工作人员用户名须以字母或汉字开头")
    with db.transaction() as cur:
        if rows.one(cur, "select_user_by_username", {"username": username}):
            raise Conflict(f"用户名已存在：{username}")
        user = rows.one(cur, "insert_user", {
            "username": username, "role": role, "display_name": normalize.clean(display_name),
            "cities": cities, "candidate_id": None, "now": clock.now(),
            "password_hash": passwords.hash_password(password)})
        audit.append(cur, **actor_fields(principal), action="create_user", entity="user",
                     entity_id=user["id"], before=None,
                     after={"username": username, "role": role, "cities": cities})
    return user["id"]
