"""Accounts: staff creation, login with lockout, candidate first login (proves the listed phone)."""
from __future__ import annotations

import datetime as dt

from checks import idnumber, normalize
from portal.domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from portal.domain.times import beijing
from portal.domain.units import all_codes
from portal.services.people import passwords
from portal.services.people.auth import Principal, actor_fields, require_role
from portal.store import audit, clock, rows

MAX_FAILURES = 5
LOCK_MINUTES = 15
_BAD_LOGIN = "用户名或密码错误"


def _principal(user: dict) -> Principal:
    return Principal(user_id=user["id"], role=user["role"], cities=tuple(user["cities"]),
                     display_name=user["display_name"], candidate_id=user["candidate_id"])


def _fail(cur, user: dict, message: str) -> str:
    failures = user["failed_attempts"] + 1
    locked = clock.now() + dt.timedelta(minutes=LOCK_MINUTES) if failures >= MAX_FAILURES else None
    cur.execute(rows.q("update_user_login_state"),
                {"id": user["id"], "failed": 0 if locked else failures, "locked_until": locked})
    audit.append(cur, actor=f"user:{user['id']}", role=user["role"],
                 action="login_locked" if locked else "login_failed", entity="user",
                 entity_id=user["id"], before={"failed_attempts": user["failed_attempts"]},
                 after={"failed_attempts": failures, "locked_until": locked})
    if locked:
        return f"连续{MAX_FAILURES}次验证失败，账号已锁定{LOCK_MINUTES}分钟"
    return f"{message}（还可尝试{MAX_FAILURES - failures}次）"


def _check_lock(user: dict) -> None:
    if user["locked_until"] and user["locked_until"] > clock.now():
        raise PermissionDenied(f"账号已锁定，请于 {beijing(user['locked_until'])} 后再试")
    if not user["active"]:
        raise PermissionDenied("账号已停用，请联系管理员")


def login(db, username: str, password: str) -> Principal:
    """Staff and candidates log in here (candidates with their ID number)."""
    username = normalize.id_number(username) if username and username[:1].isdigit() else normalize.clean(username)
    message = None
    with db.transaction() as cur:
        user = rows.one(cur, "select_user_by_username", {"username": username})
        if user is None:
            raise InvalidInput(_BAD_LOGIN)
        _check_lock(user)
        if user["password_hash"] is None:
            raise Conflict("首次登录请先通过名单上的手机号码设置密码")
        if not passwords.verify(user["password_hash"], password):
            message = _fail(cur, user, _BAD_LOGIN)
        elif user["failed_attempts"]:
            cur.execute(rows.q("update_user_login_state"), {"id": user["id"], "failed": 0, "locked_until": None})
    if message:
        raise InvalidInput(message)
    return _principal(user)


def candidate_first_login(db, id_number: str, phone: str, new_password: str) -> Principal:
    """A listed candidate proves the phone number on the list and sets a password."""
    id_number, phone = normalize.id_number(id_number), normalize.phone(phone)
    if idnumber.problem(id_number):
        raise InvalidInput(idnumber.problem(id_number))
    passwords.check_policy(new_password)
    message = None
    with db.transaction() as cur:
        cand = rows.one(cur, "select_candidate_by_id_number", {"id_number": id_number})
        if cand is None:
            raise NotFound("名单中没有该身份证号，请确认您在本次核查名单内")
        user = rows.one(cur, "select_user_by_username", {"username": id_number})
        if user is None:
            params = {"username": id_number, "role": "candidate", "display_name": cand["name"],
                      "cities": [], "candidate_id": cand["id"], "password_hash": None, "now": clock.now()}
            user = rows.one(cur, "insert_user", params)
        _check_lock(user)
        if user["password_hash"] is not None:
            raise Conflict("该身份证号已设置密码，请直接登录")
        if cand["phone"] != phone:
            message = _fail(cur, user, "手机号码与名单不一致")
        else:
            cur.execute(rows.q("update_user_password"), {"id": user["id"], "hash": passwords.hash_password(new_password)})
            audit.append(cur, actor=f"user:{user['id']}", role="candidate", action="first_login",
                         entity="user", entity_id=user["id"], before=None, after={"password_set": True})
    if message:
        raise InvalidInput(message)
    return _principal(user)


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
