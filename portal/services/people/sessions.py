"""Server-side sessions: a login issues a random token; only its SHA-256 is stored, with the user,
when it was created and last seen, and the client address. `resolve` turns the token the browser
holds into a Principal built from the CURRENT account row, every time it is called; idle (30 min)
and absolute (12 h) limits end a session. Every principal issued here carries a `live` check that
`auth.require_role` runs on each service call: a revoked session, or an account whose active flag,
role, cities or password version changed since, is refused on the very next call."""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import secrets

from portal.domain.errors import PermissionDenied
from portal.services.people.auth import Principal, actor_fields
from portal.store import audit, clock, rows

IDLE = dt.timedelta(minutes=30)
ABSOLUTE = dt.timedelta(hours=12)
TOUCH_EVERY = dt.timedelta(seconds=60)  # last_seen is written at most once a minute per session
_EXPIRED = "登录已失效，请重新登录"


def token_hash(token: str) -> str:
    return hashlib.sha256(str(token).encode("utf-8")).hexdigest()


def _principal(db, row: dict, token: str | None) -> Principal:
    return Principal(user_id=row["user_id"] if "user_id" in row else row["id"], role=row["role"],
                     cities=tuple(sorted(row["cities"])), display_name=row["display_name"],
                     candidate_id=row["candidate_id"], password_version=row["password_version"] or 0,
                     session=token_hash(token) if token else None, token=token,
                     live=functools.partial(check, db), must_change_password=bool(row["must_change_password"]))


def open_session(db, cur, user: dict, client: str) -> Principal:
    """Inside the login's transaction: store a new session for `user` and return its principal."""
    token = secrets.token_urlsafe(32)
    cur.execute(rows.q("insert_session"), {"token_hash": token_hash(token), "user_id": user["id"],
                                           "now": clock.now(), "client": client})
    return _principal(db, user | {"password_version": user.get("password_version") or 0,
                                  "must_change_password": user.get("must_change_password")}, token)


def _session_row(cur, key: str | None) -> dict | None:
    # fetched completely: this runs before the page's own queries on the same cursor
    found = rows.many(cur, "select_session_account", {"token_hash": key})
    return found[0] if found else None


def _refusal(row: dict | None, principal: Principal | None = None) -> str | None:
    """Why a session row no longer stands for `principal` (or for anyone), or None."""
    if row is None or row["revoked_at"] is not None:
        return "revoked"
    if not row["active"]:
        return "deactivated"
    if principal is not None and (row["role"] != principal.role
                                  or tuple(sorted(row["cities"])) != tuple(sorted(principal.cities))
                                  or (row["password_version"] or 0) != principal.password_version):
        return "changed"
    return None


def check(db, principal: Principal) -> None:
    """The live check of a principal issued by `open_session` or `resolve` (reads only)."""
    with db.read() as cur:
        row = _session_row(cur, principal.session)
    if _refusal(row, principal):
        raise PermissionDenied(_EXPIRED)


def resolve(db, token: str | None) -> Principal | None:
    """The principal of a token from the current account row, or None (unknown, revoked, expired,
    deactivated). Ends an expired session; records that the session was seen."""
    if not token:
        return None
    key = token_hash(token)
    with db.read() as cur:
        row = _session_row(cur, key)
    if _refusal(row):
        return None
    now = clock.now()
    if now - row["last_seen"] > IDLE or now - row["created_at"] > ABSOLUTE:
        with db.transaction() as cur:
            cur.execute(rows.q("revoke_session"), {"token_hash": key, "now": now, "why": "expired"})
            audit.append(cur, actor=f"user:{row['user_id']}", role=row["role"], action="session_expired",
                         entity="user", entity_id=row["user_id"], before=None, after={"sessions": 1})
        return None
    if now - row["last_seen"] > TOUCH_EVERY:
        with db.transaction() as cur:
            cur.execute(rows.q("update_session_seen"), {"token_hash": key, "now": now})
    return _principal(db, row, token)


def logout(db, principal: Principal | None) -> None:
    """End the caller's own session (audited)."""
    if principal is None or principal.session is None:
        return
    with db.transaction() as cur:
        ended = cur.execute(rows.q("revoke_session"), {"token_hash": principal.session, "now": clock.now(),
                                                       "why": "logout"}).fetchall()
        if ended:  # an already revoked session ends without a second event
            audit.append(cur, **actor_fields(principal), action="logout", entity="user", entity_id=principal.user_id,
                         before=None, after={"sessions": 1})


def revoke_all(cur, actor: dict, user_id: int, why: str) -> int:
    """Inside the caller's transaction: revoke every open session of `user_id`, audited when any was open."""
    ended = cur.execute(rows.q("revoke_sessions_of_user"),
                        {"user_id": user_id, "now": clock.now(), "why": why}).fetchall()
    if ended:
        audit.append(cur, **actor, action="sessions_revoked", entity="user", entity_id=user_id,
                     before=None, after={"sessions": len(ended), "why": why})
    return len(ended)
