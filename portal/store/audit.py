"""Append-only, keyed hash chain of audit events. Call `append` INSIDE the transaction of the
change it records; the events are sealed just before COMMIT: each stores the digest of the record
rows it left behind (`audit_rows`), the previous event's hash and its own HMAC-SHA256 under a key
kept outside the database (`keys.audit_key`), so rewriting the chain needs more than the file."""
from __future__ import annotations

import contextvars
import datetime as dt
import hashlib
import hmac
import json

from portal.store import audit_rows, clock, keys
from portal.store.queries import q

GENESIS = ""
# The Database whose transaction is open in this thread: it holds the events appended so far,
# sealed at COMMIT; without one (a bare cursor) an event is sealed at once.
CURRENT_DB: contextvars.ContextVar = contextvars.ContextVar("portal_audit_db", default=None)


def canonical(value) -> str:
    """Canonical JSON: sorted keys, no spaces, UTF-8 kept, dates as ISO strings."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_iso)


def _iso(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return sorted(value) if isinstance(value, (set, frozenset)) else list(value)
    raise TypeError(f"not JSON-serialisable for the audit trail: {type(value).__name__}")


def event_hash(key: bytes, prev_hash: str, content: dict) -> str:
    return hmac.new(key, (prev_hash + canonical(content)).encode("utf-8"), hashlib.sha256).hexdigest()


def _content(seq, at, actor, role, action, entity, entity_id, before_json, after_json, row_digest) -> dict:
    return {"seq": seq, "at": at.isoformat(), "actor": actor, "role": role, "action": action,
            "entity": entity, "entity_id": entity_id,
            "before": None if before_json is None else json.loads(before_json),
            "after": None if after_json is None else json.loads(after_json), "rows": row_digest or ""}


def append(cur, *, actor, role, action, entity, entity_id, before, after) -> None:
    """Record one event of the open transaction (sealed at its COMMIT)."""
    event = {"at": clock.now(), "actor": str(actor), "role": role, "action": action, "entity": entity,
             "entity_id": None if entity_id is None else str(entity_id), "after": after,
             "before_json": None if before is None else canonical(before),
             "after_json": None if after is None else canonical(after)}
    db = CURRENT_DB.get()
    if db is None:
        seal(cur, [event])
    else:
        db.audit_pending.append(event)


def seal(cur, events: list[dict]) -> int:
    """Chain `events` after the head: digests of their rows, hashes, head moved. Returns the count."""
    key = keys.audit_key(cur, CURRENT_DB.get())
    head_seq, prev = start_seq, start_hash = cur.execute(q("select_audit_head")).fetchone()
    for ev in events:
        seq = head_seq + 1
        rows_digest = audit_rows.record(cur, seq, ev["entity"], ev["entity_id"], ev["after"])
        content = _content(seq, ev["at"], ev["actor"], ev["role"], ev["action"], ev["entity"], ev["entity_id"],
                           ev["before_json"], ev["after_json"], rows_digest)
        digest = event_hash(key, prev, content)
        cur.execute(q("insert_audit_event"), {k: ev[k] for k in ev if k != "after"} | {
            "seq": seq, "prev_hash": prev, "hash": digest, "row_digest": rows_digest})
        head_seq, prev = seq, digest
    moved = cur.execute(q("advance_audit_head"), {"seq": head_seq, "hash": prev, "prev_seq": start_seq,
                                                  "prev_hash": start_hash}).fetchone()[0]
    if moved != 1:
        raise RuntimeError("audit head changed during append")
    return len(events)


def verify(cur) -> tuple[int, str | None]:
    """(events checked, None) when the chain and the record rows are intact, else (seq of the first
    bad event, or 0 for a bad row, and why); see `audit_verify`."""
    from portal.store import audit_verify
    return audit_verify.verify(cur)


def trail(cur, entity: str, entity_id) -> list[dict]:
    """Every event about one entity, oldest first, with before/after decoded."""
    from portal.store.rows import iter_dicts

    out = []
    for ev in iter_dicts(cur.execute(q("select_audit_trail"), {"entity": entity, "entity_id": str(entity_id)})):
        for key in ("before", "after"):
            raw = ev.pop(f"{key}_json")
            ev[key] = None if raw is None else json.loads(raw)
        out.append(ev)
    return out
