"""Which record rows an audit event covers, and their digests: the case, candidate, decision,
pass-list and certificate rows a change left behind are hashed (view `audit_rows`) into the
event's `row_digest`, so `verify` can tell a row edited behind the portal's back."""
from __future__ import annotations

import hashlib

from portal.store.queries import q

KINDS = ("case", "candidate", "decision", "pass_list", "pass_list_entry", "certificate")


# What each pass-list action changes besides the list row: build adds entries, review nothing,
# publish moves the cases, finalise the entries and the cases; any other action records all three.
_PASS_LIST = {"pass_list.build": ("entries",), "pass_list.review": (), "pass_list.publish": ("cases",),
              "pass_list.finalise": ("entries", "cases")}


def covered(cur, entity: str, entity_id, after: dict | None, action: str = "") -> list[tuple[str, dict]]:
    """The digest inserts (query, parameters) for the rows an event (`action` about `entity`) changed."""
    after = after or {}
    if entity == "audit_chain":  # a re-keying records every row as it is now
        return [("insert_audit_rows_all", {})]
    if entity == "case":  # decisions change only with their case's events
        return [("insert_audit_rows_of_case", {"id": int(entity_id)})]
    if entity == "pass_list":
        list_id = int(entity_id)
        out = [("insert_audit_rows_pass_list", {"list_id": list_id})]
        if action == "pass_list.objection" and "case_id" in after:
            case_id = int(after["case_id"])
            return out + [("insert_audit_rows_pass_list_entry", {"list_id": list_id, "case_id": case_id}),
                          ("insert_audit_rows_cases", {"ids": [case_id]})]
        parts = _PASS_LIST.get(action, ("entries", "cases"))
        if "entries" in parts:
            out.append(("insert_audit_rows_pass_list_entries", {"list_id": list_id}))
        if "cases" in parts:
            out.append(("insert_audit_rows_pass_list_cases", {"list_id": list_id}))
        return out
    if entity == "cert_batch":  # the certificates and the cases they certified; candidates are unchanged
        return [("insert_audit_rows_certificates", {"batch_id": int(entity_id), "cert_nos": []}),
                ("insert_audit_rows_batch_cases", {"batch_id": int(entity_id)})]
    if entity == "certificate":
        return [("insert_audit_rows_certificates", {"batch_id": None,
                                                    "cert_nos": [str(entity_id), *after.get("revoked", [])]})]
    if entity == "candidate_list":
        cases = [int(c) for c in (*after.get("new_cases", []), *after.get("updated_cases", []))]
        if cases:
            return [("insert_audit_rows_cases", {"ids": cases}), ("insert_audit_rows_candidates", {"ids": cases})]
    return []


def combine(rows) -> str:
    """One digest of an event's (kind, key, digest) rows, '' for none; as select_audit_row_aggregates."""
    if not rows:
        return ""
    text = ",".join(f"{k} {key} {d}" for k, key, d in sorted(rows, key=lambda r: (r[0].encode(), r[1].encode())))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def record(cur, seq: int, entity: str, entity_id, after: dict | None, action: str = "") -> str:
    """Store the covered rows' digests under event `seq`; returns their combined digest."""
    rows: list = []
    for name, params in covered(cur, entity, entity_id, after, action):
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
