"""Messages out (SMS, e-mail) through one small interface. Every message is first written to the
`outbox` table inside the caller's transaction; `deliver` sends it after the commit.

- Embedded default (no PORTAL_SMS_URL): the outbox is the delivery; an administrator page lists it.
- HTTP SMS gateway: PORTAL_SMS_URL, PORTAL_SMS_KEY (sent as a Bearer token), PORTAL_SMS_SIGN
  (signature), PORTAL_SMS_TEMPLATE_<PURPOSE> (the template id for one purpose, e.g.
  the suffix RETURNED for a return), else PORTAL_SMS_TEMPLATE, PORTAL_SMS_TIMEOUT seconds (default 5)
  and PORTAL_SMS_RETRIES (default 2). The gateway receives JSON {phone, sign, template, params}
  (params: the template's variables and the whole text as `content`); once it has accepted a
  message, the stored body keeps no code.
The log names the purpose and the masked number only, never the code or the full number."""
from __future__ import annotations

import json
import logging
import os
import time
import urllib.request

from portal.domain.masking import mask_phone
from portal.services.people.auth import Principal, require_province_admin
from portal.store import clock, rows

log = logging.getLogger("portal.messages")


def gateway_configured() -> bool:
    return bool(os.environ.get("PORTAL_SMS_URL"))


def queue_sms(cur, phone: str, body: str, *, purpose: str, params: dict | None = None) -> int:
    """Inside the caller's transaction: record an SMS; returns its outbox id."""
    status = "pending" if gateway_configured() else "stored"
    detail = json.dumps(params or {}, ensure_ascii=False) if gateway_configured() else None
    row = rows.one(cur, "insert_outbox", {"channel": "sms", "recipient": phone, "body": body, "purpose": purpose,
                                          "now": clock.now(), "status": status, "detail": detail})
    log.info("sms %s to %s recorded (%s)", purpose, mask_phone(phone), status)
    return row["id"]


def _post(url: str, payload: dict, key: str, timeout: float) -> None:
    request = urllib.request.Request(url, data=json.dumps(payload).encode("utf-8"), method="POST",
                                     headers={"Content-Type": "application/json", "Authorization": f"Bearer {key}"})
    with urllib.request.urlopen(request, timeout=timeout) as answer:  # noqa: S310 (configured https URL)
        if not 200 <= answer.status < 300:
            raise OSError(f"gateway answered {answer.status}")


def template(purpose: str) -> str:
    """The gateway's template id for messages of this purpose."""
    return os.environ.get(f"PORTAL_SMS_TEMPLATE_{purpose.upper()}") or os.environ.get("PORTAL_SMS_TEMPLATE", "")


RETRY_PAUSE = 0.5  # seconds, times the attempt number


def deliver(db, outbox_id: int) -> str:
    """Send a pending message through the HTTP gateway (after the commit that recorded it); returns
    the resulting status. Embedded messages are already delivered ('stored')."""
    with db.read() as cur:
        msg = rows.one(cur, "select_outbox_message", {"id": outbox_id})
    if msg is None or msg["status"] != "pending":
        return msg["status"] if msg else "missing"
    env = os.environ
    payload = {"phone": msg["recipient"], "sign": env.get("PORTAL_SMS_SIGN", ""), "template": template(msg["purpose"]),
               "params": json.loads(msg["detail"] or "{}")}
    tries, error = 1 + max(0, int(env.get("PORTAL_SMS_RETRIES", "2"))), ""
    for attempt in range(tries):
        try:
            _post(env["PORTAL_SMS_URL"], payload, env.get("PORTAL_SMS_KEY", ""), float(env.get("PORTAL_SMS_TIMEOUT", "5")))
            status, error = "sent", ""
            break
        except OSError as exc:
            status, error = "failed", type(exc).__name__
            if attempt + 1 < tries:
                time.sleep(RETRY_PAUSE * (attempt + 1))
    with db.transaction() as cur:
        cur.execute(rows.q("update_outbox_status"), {"id": outbox_id, "status": status, "detail": error or None,
                                                     "body": "（已交短信网关发送）" if status == "sent" else msg["body"]})
    log.info("sms %s to %s: %s %s", msg["purpose"], mask_phone(msg["recipient"]), status, error)
    return status


def list_outbox(db, principal: Principal, *, limit: int = 200, offset: int = 0) -> list[dict]:
    """Messages newest first from `offset`, numbers masked (province administrators only)."""
    require_province_admin(principal)
    with db.read() as cur:
        found = rows.many(cur, "select_outbox", {"limit": int(limit), "offset": max(0, int(offset))})
    return [m | {"recipient": mask_phone(m["recipient"])} for m in found]


def count_outbox(db, principal: Principal) -> int:
    require_province_admin(principal)
    with db.read() as cur:
        return int(rows.scalar(cur, "count_outbox"))


def outbox_counts(db, principal: Principal) -> dict[str, int]:
    """How many messages are in each delivery state (stored, pending, sent, failed), zero included."""
    require_province_admin(principal)
    with db.read() as cur:
        found = {r["status"]: int(r["n"]) for r in rows.many(cur, "count_outbox_by_status")}
    return {status: found.get(status, 0) for status in ("pending", "sent", "failed", "stored")}
