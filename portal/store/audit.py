"""Append-only, hash-chained audit trail. Call `append` INSIDE the transaction of the change it
records; each event stores the previous event's hash and its own hash over canonical JSON."""
from __future__ import annotations

import contextvars
import datetime as dt
import hashlib
import json

from portal.store import clock
from portal.store.queries import q

GENESIS = ""
# The Database whose transaction is open in this thread: it caches the chain's tail (seq, hash)
# so that an append need not read it back; writes are serialised, a rollback clears the cache.
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


def event_hash(prev_hash: str, content: dict) -> str:
    return hashlib.sha256((prev_hash + canonical(content)).encode("utf-8")).hexdigest()


def _content(seq, at, actor, role, action, entity, entity_id, before_json, after_json) -> dict:
    return {"seq": seq, "at": at.isoformat(), "actor": actor, "role": role, "action": action,
            "entity": entity, "entity_id": entity_id,
            "before": None if before_json is None else json.loads(before_json),
            "after": None if after_json is None else json.loads(after_json)}


def append(cur, *, actor, role, action, entity, entity_id, before, after) -> int:
    """Record one event; returns its sequence number."""
    db = CURRENT_DB.get()
    tail = getattr(db, "audit_tail", None)
    at = clock.now()
    before_json = None if before is None else canonical(before)
    after_json = None if after is None else canonical(after)
    entity_id = None if entity_id is None else str(entity_id)
    for _ in range(2):
        head_seq, prev = tail if tail else cur.execute(q("select_audit_head")).fetchone()
        seq = head_seq + 1
        content = _content(seq, at, str(actor), role, action, entity, entity_id, before_json, after_json)
        digest = event_hash(prev, content)
        moved = cur.execute(q("advance_audit_head"), {"seq": seq, "hash": digest, "prev_seq": head_seq,
                                                      "prev_hash": prev}).fetchone()[0]
        if moved == 1:
            break
        tail = None  # the cached tail was stale (a write outside db.transaction()): read it back
    else:
        raise RuntimeError("audit head changed during append")
    cur.execute(q("insert_audit_event"), {
        "seq": seq, "at": at, "actor": str(actor), "role": role, "action": action, "entity": entity,
        "entity_id": entity_id, "before_json": before_json, "after_json": after_json,
        "prev_hash": prev, "hash": digest})
    if db is not None:
        db.audit_tail = (seq, digest)
    return seq


def verify(cur) -> tuple[int, str | None]:
    """Walk the chain: (events checked, None) when intact, else (seq of first bad event, why)."""
    prev, expected_seq, count = GENESIS, 1, 0
    rows = cur.execute(q("select_audit_events")).fetchall()
    for seq, at, actor, role, action, entity, entity_id, bj, aj, prev_hash, digest in rows:
        if seq != expected_seq:
            return expected_seq, f"event {expected_seq} is missing (next stored event is {seq})"
        if prev_hash != prev:
            return seq, f"event {seq}: prev_hash does not match the hash of event {seq - 1}"
        try:
            content = _content(seq, at, actor, role, action, entity, entity_id, bj, aj)
        except ValueError:
            return seq, f"event {seq}: stored before/after is not valid JSON"
        if event_hash(prev, content) != digest:
            return seq, f"event {seq}: content does not match its hash (edited)"
        prev, expected_seq, count = digest, seq + 1, count + 1
    head_seq, head_hash = cur.execute(q("select_audit_head")).fetchone()
    if head_seq != count or head_hash != prev:
        return count + 1, f"event {count + 1}: deleted (chain head records {head_seq} events)"
    return count, None


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
