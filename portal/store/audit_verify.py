"""Walking the keyed audit chain in SQL order, in batches: each event's canonical text is built from
its stored canonical before/after JSON (no parse, no re-encode) and its HMAC compared; only an
event that does not match takes the slow path, which re-encodes it and names what is wrong."""
from __future__ import annotations

import hashlib
import hmac
from json.encoder import encode_basestring as _s  # the C encoder json.dumps(ensure_ascii=False) uses

from portal.store import audit_rows, keys
from portal.store.audit import GENESIS, _content, event_hash
from portal.store.queries import q

BATCH = 50_000


def _text(seq, at, actor, role, action, entity, entity_id, bj, aj, rows) -> str:
    """canonical(_content(...)) for an event whose before/after are stored canonical (as `append` writes them)."""
    return (f'{{"action":{_s(action)},"actor":{_s(actor)},"after":{"null" if aj is None else aj},'
            f'"at":{_s(at.isoformat())},"before":{"null" if bj is None else bj},"entity":{_s(entity)},'
            f'"entity_id":{"null" if entity_id is None else _s(entity_id)},"role":{_s(role)},'
            f'"rows":{_s(rows or "")},"seq":{seq}}}')


def _matches(key: bytes, prev: str, row) -> bool:
    seq, at, actor, role, action, entity, entity_id, bj, aj, _prev, digest, rows = row
    try:
        text = _text(seq, at, actor, role, action, entity, entity_id, bj, aj, rows)
    except (TypeError, AttributeError):  # a NULL where text belongs: the slow path says why
        return False
    return hmac.digest(key, (prev + text).encode("utf-8"), hashlib.sha256).hex() == digest


def _why(key: bytes, prev: str, row) -> str | None:
    """The slow, exact check of one event (also accepts before/after stored in another JSON spelling)."""
    seq, at, actor, role, action, entity, entity_id, bj, aj, _prev, digest, rows = row
    try:
        content = _content(seq, at, actor, role, action, entity, entity_id, bj, aj, rows)
    except ValueError:
        return f"event {seq}: stored before/after is not valid JSON"
    except (TypeError, AttributeError):
        return f"event {seq}: a stored field is empty where the chain needs a value"
    if not hmac.compare_digest(event_hash(key, prev, content), digest or ""):
        return f"event {seq}: content does not match its keyed hash (edited or re-hashed)"
    return None


def verify(cur) -> tuple[int, str | None]:
    """Walk the chain, then the record rows: (events checked, None) when intact, else (seq of the
    first bad event, or 0 for a bad row, and why)."""
    key = keys.audit_key(cur)
    prev, expected_seq, count = GENESIS, 1, 0
    aggregates = audit_rows.aggregates(cur)
    result = cur.execute(q("select_audit_events"))
    while batch := result.fetchmany(BATCH):
        for row in batch:
            seq, digest, rows_digest = row[0], row[10], row[11]
            if seq != expected_seq:
                return expected_seq, f"event {expected_seq} is missing (next stored event is {seq})"
            if row[9] != prev:
                return seq, f"event {seq}: prev_hash does not match the hash of event {seq - 1}"
            if not _matches(key, prev, row) and (why := _why(key, prev, row)):
                return seq, why
            if (rows_digest or "") != aggregates.pop(seq, ""):
                return seq, f"event {seq}: the row digests it recorded were changed"
            prev, expected_seq, count = digest, seq + 1, count + 1
    head_seq, head_hash = cur.execute(q("select_audit_head")).fetchone()
    if head_seq != count or head_hash != prev:
        return count + 1, f"event {count + 1}: deleted (chain head records {head_seq} events)"
    first_staged, staged = cur.execute(q("select_audit_staged_summary")).fetchone()
    if staged:
        return first_staged, (f"event {first_staged}: {staged} events committed but not sealed "
                              f"(they do not follow the chain head {head_seq})")
    if aggregates:
        return min(aggregates), f"event {min(aggregates)}: row digests recorded for an event that does not exist"
    why = audit_rows.first_mismatch(cur)
    return (count, None) if why is None else (0, why)
