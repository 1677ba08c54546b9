"""Logging in: the same answer, after the same argon2 work, for an unknown account and a wrong
password; failures throttled per (account, client), per client, and per account for clients that never
logged into it (`domain.throttle`), so nobody can lock an account for others; the password is verified outside any write transaction. Each
success, failure and lock is an audit event; a success opens a server-side session."""
from __future__ import annotations

import datetime as dt

from checks import normalize
from portal.domain import throttle
from portal.domain.errors import InvalidInput, PermissionDenied
from portal.domain.masking import mask_id, mask_name
from portal.services.people import passwords, sessions
from portal.services.people.auth import Principal
from portal.store import audit, clock, rows

BAD_LOGIN = "用户名或密码错误"


def normal_username(username: str) -> str:
    username = str(username or "")
    return normalize.id_number(username) if username[:1].isdigit() else normalize.clean(username)


def shown_username(username: str, user: dict | None) -> str:
    """What the audit trail names: a real staff username as is, ID numbers and unknown names masked."""
    if user is not None and user["role"] != "candidate":
        return username
    return mask_id(username) if username[:1].isdigit() else mask_name(username)


def wait_minutes(cur, username: str, client: str) -> int | None:
    now = clock.now()
    pair = [r["failed_at"] for r in rows.many(cur, "select_pair_failures", {
        "username": username, "client": client, "since": now - throttle.PAIR_WINDOW})]
    near = [r["failed_at"] for r in rows.many(cur, "select_client_failures", {
        "client": client, "since": now - throttle.CLIENT_WINDOW})]
    spread = [r["failed_at"] for r in rows.many(cur, "select_account_failures", {
        "username": username, "since": now - throttle.ACCOUNT_WINDOW})]
    account = throttle.account_until(spread)
    if account is not None and rows.one(cur, "select_known_client", {
            "username": username, "client": client, "since": now - dt.timedelta(days=throttle.KNOWN_CLIENT_DAYS)}):
        account = None  # this client has logged into the account before: the spray does not hold it
    until = max((u for u in (throttle.pair_until(pair), throttle.client_until(near), account) if u), default=None)
    return throttle.wait_minutes(until, now)


def _failed(db, username: str, user: dict | None, client: str) -> None:
    with db.transaction() as cur:
        cur.execute(rows.q("insert_login_failure"), {"username": username, "client": client, "now": clock.now()})
        locked = wait_minutes(cur, username, client) is not None
        audit.append(cur, actor=f"user:{user['id']}" if user else "anonymous",
                     role=user["role"] if user else "anonymous", action="login_locked" if locked else "login_failed",
                     entity="login", entity_id=shown_username(username, user), before=None, after={"client": client})


def login(db, username: str, password: str, *, client: str = "local") -> Principal:
    """Staff log in with their username, candidates with their ID number. Returns a principal bound
    to a new session (its `token` is what the browser keeps)."""
    username, client = normal_username(username), str(client or "unknown")[:64]
    with db.read() as cur:
        wait = wait_minutes(cur, username, client)
        user = rows.one(cur, "select_user_by_username", {"username": username}) if username else None
    if wait:
        raise PermissionDenied(f"尝试次数过多，请{wait}分钟后再试")
    if not passwords.verify(user["password_hash"] if user else None, password):
        _failed(db, username, user, client)
        raise InvalidInput(BAD_LOGIN)
    if not user["active"]:
        raise PermissionDenied("账号已停用，请联系管理员")
    with db.transaction() as cur:
        cur.execute(rows.q("clear_login_failures"), {"username": username, "client": client, "now": clock.now()})
        who = sessions.open_session(db, cur, user, client)
        audit.append(cur, actor=f"user:{user['id']}", role=user["role"], action="login", entity="user",
                     entity_id=user["id"], before=None, after={"client": client})
    return who
