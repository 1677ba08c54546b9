"""Which record rows an audit event covers, and their digests: the case, candidate, decision,
pass-list and certificate rows a change left behind are hashed (view `audit_rows`) into the
event's `row_digest`, so `verify` can tell a row edited behind the portal's back."""
from __future__ import annotations

import hashlib

from portal.store.queries import q

KINDS = ("case", "candidate", "decision", "pass_list", "pass_list_entry", "certificate")


def _ids(cur, name: str, params: dict) -> list[int]:
    return [r[0] for r in cur.execute(q(name), params).fetchall()]


def covered(cur, entity: str, entity_id, after: dict | None) -> list[tuple[str, dict]]:
    """The digest inserts (query, parameters) for the rows an event about `entity` changed."""
    after = after or {}
    out: list[tuple[str, dict]] = []
    cases: list[int] = []
    if entity == "audit_chain":  # a re-keying records every row as it is now
        return [("insert_audit_rows_all", {})]
    if entity == "case":  # decisions change only with their case's events
        return [("insert_audit_rows_of_case", {"id": int(entity_id)})]
    if entity == "pass_list":
        out += [("insert_audit_rows_pass_list", {"list_id": int(entity_id)}),
                ("insert_audit_rows_pass_list_entries", {"list_id": int(entity_id)})]
        cases = _ids(cur, "select_pass_list_case_ids", {"list_id": int(entity_id)})
    elif entity == "cert_batch":
        out.append(("insert_audit_rows_certificates", {"batch_id": int(entity_id), "cert_nos": []}))
        cases = _ids(cur, "select_batch_case_ids", {"batch_id": int(entity_id)})
    elif entity == "certificate":
        out.append(("insert_audit_rows_certificates", {"batch_id": None,
                                                       "cert_nos": [str(entity_id), *after.get("revoked", [])]}))
    elif entity == "candidate_list":
        cases = [int(c) for c in (*after.get("new_cases", []), *after.get("updated_cases", []))]
    if cases:
        out += [("insert_audit_rows_cases", {"ids": cases}), ("insert_audit_rows_candidates", {"ids": cases})]
    return out


def combine(rows) -> str:
    """One digest of an event's (kind, key, digest) rows, '' for none; as select_audit_row_aggregates."""
    if not rows:
        return ""
    text = ",".join(f"{k} {key} {d}" for k, key, d in sorted(rows, key=lambda r: (r[0].encode(), r[1].encode())))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def record(cur, seq: int, entity: str, entity_id, after: dict | None) -> str:
    """Store the covered rows' digests under event `seq`; returns their combined digest."""
    rows: list = []
    for name, params in covered(cur, entity, entity_id, after):
        rows += cur.execute(q(name), {"seq": seq, **params}).fetchall()
    return combine(rows)


def aggregates(cur) -> dict[int, str]:
    return dict(cur.execute(q("select_audit_row_aggregates")).fetchall())


def first_mismatch(cur) -> str | None:
    """Why the first record row does not match its last audit event, or None."""
    found = cur.execute(q("select_audit_row_mismatch")).fetchone()
    if not found:
        return None
    kind, key, seq, deleted = found
    if seq is None:
        return f"{kind} {key}: row was never recorded by an audit event (written behind the portal)"
    if deleted:
        return f"{kind} {key}: row recorded by event {seq} was deleted"
    return f"{kind} {key}: row does not match its last audit event {seq} (edited behind the portal)"
