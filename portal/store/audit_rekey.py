"""Re-keying an install whose first events were sealed by the unkeyed chain (SHA-256 over the previous
hash and the event, before row digests existed). The old chain is first verified completely under its
own scheme, the keyed events chained after it under theirs, and every row a keyed event recorded
against its digest; only then are all events re-sealed under the HMAC key, in the caller's
transaction, and an event records the old head. Tampering before the upgrade is refused, not sealed."""
from __future__ import annotations

import hashlib
import hmac

import pyarrow as pa

from portal.store import audit_rows, keys
from portal.store.audit import GENESIS, _content, append, canonical, event_hash
from portal.store.queries import q

_LEGACY_FIELDS = ("seq", "at", "actor", "role", "action", "entity", "entity_id", "before", "after")


def legacy_hash(prev: str, content: dict) -> str:
    """The unkeyed chain's hash: SHA-256 of the previous hash and the event without its row digests."""
    old = {k: content[k] for k in _LEGACY_FIELDS}
    return hashlib.sha256((prev + canonical(old)).encode("utf-8")).hexdigest()


def legacy_events(cur) -> int:
    return cur.execute(q("count_legacy_audit_events")).fetchone()[0]


def check(cur, key: bytes) -> tuple[list[tuple[int, str, str]], str | None]:
    """The chain re-sealed under `key` as (seq, prev_hash, hash) rows, or why it cannot be: an event
    that fails its own scheme, an unkeyed event after a keyed one, a changed digest or a bad head."""
    aggregates = audit_rows.aggregates(cur)
    old_prev = new_prev = GENESIS
    resealed, keyed_seen = [], False
    for seq, at, actor, role, action, entity, entity_id, bj, aj, prev_hash, digest, rows in \
            cur.execute(q("select_audit_events")).fetchall():
        if seq != len(resealed) + 1 or prev_hash != old_prev:
            return [], f"event {len(resealed) + 1}: missing, or not chained to the event before it"
        try:
            content = _content(seq, at, actor, role, action, entity, entity_id, bj, aj, rows)
        except ValueError:
            return [], f"event {seq}: stored before/after is not valid JSON"
        if rows is None and (keyed_seen or legacy_hash(old_prev, content) != digest):
            return [], f"event {seq}: does not match the unkeyed chain it was sealed by (changed before the upgrade)"
        if rows is not None:
            keyed_seen = True
            if not hmac.compare_digest(event_hash(key, old_prev, content), digest) or rows != aggregates.pop(seq, ""):
                return [], f"event {seq}: does not match its keyed hash or its row digests"
        new_hash = event_hash(key, new_prev, content)
        resealed.append((seq, new_prev, new_hash))
        old_prev, new_prev = digest, new_hash
    head = cur.execute(q("select_audit_head")).fetchone()
    if head != (len(resealed), old_prev):
        return [], f"event {len(resealed) + 1}: deleted (chain head records {head[0]} events)"
    bad = cur.execute(q("select_recorded_row_mismatch")).fetchone()
    if bad:
        return [], f"{bad[0]} {bad[1]}: row differs from its last audit event {bad[2]} (edited behind the portal)"
    return resealed, None


def rekey(cur, db, *, actor: str, role: str) -> dict:
    """Re-seal every event under the home's HMAC key (inside `db`'s open transaction) and record the
    old head; ValueError (why) when the chain does not verify under its own schemes."""
    legacy = legacy_events(cur)
    if legacy == 0:
        raise ValueError("no event was sealed by the unkeyed chain: nothing to re-key")
    old_seq, old_hash = cur.execute(q("select_audit_head")).fetchone()
    resealed, why = check(cur, keys.audit_key(cur, db))
    if why:
        raise ValueError(why)
    cur.register("rekey_hashes", pa.table({"seq": [r[0] for r in resealed], "prev_hash": [r[1] for r in resealed],
                                           "hash": [r[2] for r in resealed]}))
    try:
        cur.execute(q("update_audit_hashes"))
    finally:
        cur.unregister("rekey_hashes")
    if cur.execute(q("set_audit_head_hash"), {"seq": old_seq, "hash": resealed[-1][2]}).fetchone()[0] != 1:
        raise RuntimeError("audit head changed during re-keying")
    after = {"old_head_seq": old_seq, "old_head_hash": old_hash, "unkeyed_events": legacy, "scheme": "hmac-sha256"}
    append(cur, actor=actor, role=role, action="audit.rekey", entity="audit_chain", entity_id=None,
           before={"scheme": "sha256"}, after=after)
    return after
