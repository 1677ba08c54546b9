"""Append-only, keyed hash chain of audit events. Call `append` INSIDE the transaction of the
change it records: the event is written there as one staged row (`audit_staged`), committed or
rolled back with the change. The sealer (`audit_sealer`, in the background, and on demand before
verify, backup, checkpoint and close) then seals staged events in seq order: each stores the
digest of the record rows it left behind (`audit_rows`), the previous event's hash and its own
HMAC-SHA256 under a key kept outside the database (`keys.audit_key`), so rewriting the chain
needs more than the file. View `audit_log` reads both, sealed and staged."""
from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import hashlib
import hmac
import json

from portal.store import audit_rows, clock, keys
from portal.store.queries import q

GENESIS = ""
# The Database whose transaction is open in this thread: an event appended in it is staged with the
# change; without one (a read cursor: READ_DB; else a bare cursor) see `append`.
CURRENT_DB: contextvars.ContextVar = contextvars.ContextVar("portal_audit_db", default=None)
# The Database whose read cursor this thread holds: an event appended on it gets its own transaction.
READ_DB: contextvars.ContextVar = contextvars.ContextVar("portal_audit_read_db", default=None)
EVENT_KEYS = ("at", "actor", "role", "action", "entity", "entity_id", "before_json", "after_json")


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
    """Record one event of the open transaction (staged with it, sealed after its COMMIT)."""
    event = {"at": clock.now(), "actor": str(actor), "role": role, "action": action, "entity": entity,
             "entity_id": None if entity_id is None else str(entity_id),
             "before_json": None if before is None else canonical(before),
             "after_json": None if after is None else canonical(after)}
    db = CURRENT_DB.get()
    if db is not None:
        stage(cur, db, event)
        return
    db = READ_DB.get()
    if db is not None:  # on a read cursor: the event is a change of its own
        with db.transaction() as tx:
            stage(tx, db, event)
        return
    seal(cur, [_with_after(event)])  # a bare cursor, no Database: sealed at once


def stage(cur, db, event: dict) -> None:
    """Write `event` as the next staged row of `db`'s open transaction."""
    keys.audit_key(cur, db)  # the key exists from the first event on
    if db.audit_last_seq is None:
        db.audit_last_seq = cur.execute(q("select_audit_last_seq")).fetchall()[0][0]
    db.audit_txn_events += 1
    cur.execute(q("insert_audit_staged"), {"seq": db.audit_last_seq + db.audit_txn_events,
                                          "event": canonical(event)})


def _with_after(event: dict) -> dict:
    return event | {"after": None if event["after_json"] is None else json.loads(event["after_json"])}


def seal_staged(cur, limit: int) -> int:
    """Seal up to `limit` of the oldest staged events into the chain (inside the caller's
    transaction); returns how many. Raises when they do not follow the chain's head."""
    rows = cur.execute(q("select_audit_staged"), {"limit": limit}).fetchall()
    if not rows:
        return 0
    head_seq = cur.execute(q("select_audit_head")).fetchall()[0][0]
    if [r[0] for r in rows] != list(range(head_seq + 1, head_seq + 1 + len(rows))):
        raise RuntimeError(f"staged audit events from {rows[0][0]} do not follow the chain head {head_seq}")
    events = []
    for _seq, text in rows:
        raw = json.loads(text)
        events.append(_with_after({k: raw[k] for k in EVENT_KEYS} | {"at": dt.datetime.fromisoformat(raw["at"])}))
    seal(cur, events)
    cur.execute(q("delete_audit_staged"), {"upto": rows[-1][0]})
    return len(rows)


def seal(cur, events: list[dict]) -> int:
    """Chain `events` after the head: digests of their rows, hashes, head moved, all events
    inserted in one statement. Returns the count."""
    from portal.store.audit_verify import _text  # the canonical text from the stored canonical JSON

    key = keys.audit_key(cur, CURRENT_DB.get())
    head_seq, prev = start_seq, start_hash = cur.execute(q("select_audit_head")).fetchall()[0]
    last_of_case = {ev["entity_id"]: i for i, ev in enumerate(events) if ev["entity"] == "case"}
    sealed = {name: [] for name in (*EVENT_KEYS, "seq", "prev_hash", "hash", "row_digest")}
    for i, ev in enumerate(events):
        seq = head_seq + 1
        # a case's rows are recorded by its last event of the batch (they cover the same rows, later)
        superseded = ev["entity"] == "case" and last_of_case[ev["entity_id"]] != i
        rows_digest = "" if superseded else audit_rows.record(cur, seq, ev["entity"], ev["entity_id"], ev["after"],
                                                                ev["action"])
        text = _text(seq, ev["at"], ev["actor"], ev["role"], ev["action"], ev["entity"], ev["entity_id"],
                     ev["before_json"], ev["after_json"], rows_digest)
        digest = hmac.digest(key, (prev + text).encode("utf-8"), hashlib.sha256).hex()
        for name in EVENT_KEYS:
            sealed[name].append(ev[name])
        for name, value in (("seq", seq), ("prev_hash", prev), ("hash", digest), ("row_digest", rows_digest)):
            sealed[name].append(value)
        head_seq, prev = seq, digest
    cur.execute(q("insert_sealed_audit_events"), sealed)
    moved = cur.execute(q("advance_audit_head"), {"seq": head_seq, "hash": prev, "prev_seq": start_seq,
                                                  "prev_hash": start_hash}).fetchall()[0][0]
    if moved != 1:
        raise RuntimeError("audit head changed during append")
    return len(events)


def verify(cur) -> tuple[int, str | None]:
    """(events checked, None) when the chain and the record rows are intact, else (seq of the first
    bad event, or 0 for a bad row, and why); see `audit_verify`."""
    from portal.store import audit_sealer, audit_verify
    with contextlib.suppress(RuntimeError):  # staged events that do not follow the head: named below
        audit_sealer.flush_all()
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
