"""One-time codes for candidates: first login, a forgotten password and an administrator's reset all
send a 6-digit code to the phone on the authority's list (never to a number typed in). A code is
stored hashed, lives 10 minutes, allows 5 tries, and only the latest one per account is live. The
answer to a request is the same whether or not the ID number is on the list."""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets

from checks import idnumber, normalize
from portal.domain.errors import InvalidInput
from portal.domain.masking import mask_id
from portal.services.people import messages, passwords, sessions
from portal.services.people.auth import Principal
from portal.store import audit, clock, rows

SENT = "如信息正确，验证码已发送至名单登记的手机"
BAD_CODE = "验证码错误或已失效，请重新获取"
LIFETIME = dt.timedelta(minutes=10)
MAX_TRIES = 5
RESEND_AFTER = dt.timedelta(seconds=60)
PURPOSES = {"first_login": "首次登录", "forgot": "找回密码", "admin_reset": "管理员重置密码"}


def _digest(candidate_id: int, code: str, salt: str) -> str:
    return salt + "$" + hashlib.sha256(f"{salt}:{candidate_id}:{code}".encode()).hexdigest()


def _matches(stored: str, candidate_id: int, code: str) -> bool:
    salt = stored.split("$", 1)[0]
    return hmac.compare_digest(stored, _digest(candidate_id, str(code or "").strip(), salt))


def _id(id_number: str) -> str:
    id_number = normalize.id_number(id_number or "")
    if (why := idnumber.problem(id_number)):
        raise InvalidInput(why)
    return id_number


def send_code(cur, candidate: dict, purpose: str, actor: dict) -> int | None:
    """Inside the caller's transaction: replace the candidate's live code and queue the SMS.
    Returns the outbox id, or None when a code was sent less than a minute ago."""
    now = clock.now()
    live = rows.one(cur, "select_code", {"candidate_id": candidate["id"]})
    if live and live["used_at"] is None and now - live["created_at"] < RESEND_AFTER:
        return None
    code = f"{secrets.randbelow(10 ** 6):06d}"
    cur.execute(rows.q("delete_codes"), {"candidate_id": candidate["id"]})
    cur.execute(rows.q("insert_code"), {"candidate_id": candidate["id"], "purpose": purpose, "now": now,
                                        "hash": _digest(candidate["id"], code, secrets.token_hex(8)),
                                        "expires": now + LIFETIME})
    body = f"【考后核查】您的验证码为{code}，用于{PURPOSES[purpose]}，10分钟内有效，请勿告知他人。"
    outbox_id = messages.queue_sms(cur, candidate["phone"], body, purpose=purpose, params={"code": code})
    audit.append(cur, **actor, action="code_sent", entity="candidate", entity_id=candidate["id"],
                 before=None, after={"purpose": purpose, "outbox": outbox_id})
    return outbox_id


def request_code(db, id_number: str, *, purpose: str = "first_login") -> str:
    """First login or forgotten password: a code to the listed phone, if the ID is listed with one."""
    if purpose not in ("first_login", "forgot"):
        raise InvalidInput("未知的验证码用途")
    id_number = _id(id_number)
    outbox_id = None
    with db.transaction() as cur:
        cand = rows.one(cur, "select_candidate_by_id_number", {"id_number": id_number})
        if cand is not None and cand["phone"]:
            outbox_id = send_code(cur, cand, purpose, {"actor": "anonymous", "role": "anonymous"})
    if outbox_id is not None:
        messages.deliver(db, outbox_id)
    return SENT


def _refuse_try(db, cand: dict, code_row: dict) -> None:
    with db.transaction() as cur:
        cur.execute(rows.q("update_code_tries"), {"candidate_id": cand["id"]})
        audit.append(cur, actor="anonymous", role="anonymous", action="code_failed", entity="candidate",
                     entity_id=cand["id"], before={"tries": code_row["tries"]}, after={"tries": code_row["tries"] + 1})


def set_password_with_code(db, id_number: str, code: str, new_password: str, *, client: str = "local") -> Principal:
    """Set the candidate's password with a live code; every earlier session ends; returns a new one."""
    id_number = _id(id_number)
    passwords.check_policy(new_password)
    with db.read() as cur:
        cand = rows.one(cur, "select_candidate_by_id_number", {"id_number": id_number})
        live = rows.one(cur, "select_code", {"candidate_id": cand["id"]}) if cand else None
    now = clock.now()
    if live is None or live["used_at"] is not None or live["expires_at"] < now or live["tries"] >= MAX_TRIES:
        raise InvalidInput(BAD_CODE)
    if not _matches(live["code_hash"], cand["id"], code):
        _refuse_try(db, cand, live)
        raise InvalidInput(BAD_CODE)
    hashed = passwords.hash_password(new_password)
    with db.transaction() as cur:
        if cur.execute(rows.q("use_code"), {"candidate_id": cand["id"], "code_hash": live["code_hash"],
                                            "now": now}).fetchall() == []:
            raise InvalidInput(BAD_CODE)  # used by a concurrent request in between
        user = rows.one(cur, "select_user_by_username", {"username": id_number}) or rows.one(cur, "insert_user", {
            "username": id_number, "role": "candidate", "display_name": cand["name"], "cities": [],
            "candidate_id": cand["id"], "password_hash": None, "now": now})
        if not user["active"]:
            raise InvalidInput("账号已停用，请联系管理员")
        sessions.revoke_all(cur, {"actor": f"user:{user['id']}", "role": "candidate"}, user["id"], "password")
        cur.execute(rows.q("update_user_password"), {"id": user["id"], "hash": hashed, "must_change": False})
        audit.append(cur, actor=f"user:{user['id']}", role="candidate", action="password_set_by_code", entity="user",
                     entity_id=user["id"], before=None, after={"purpose": live["purpose"], "who": mask_id(id_number)})
        user = rows.one(cur, "select_user", {"id": user["id"]})
        who = sessions.open_session(db, cur, user, client)
        audit.append(cur, actor=f"user:{user['id']}", role="candidate", action="login", entity="user",
                     entity_id=user["id"], before=None, after={"client": client, "by": "code"})
    return who
