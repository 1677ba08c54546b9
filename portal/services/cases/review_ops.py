"""Review operations on a case (pass, fail, return, transfer), kept with the case fields
before and after, so that an administrator can undo them latest-first."""
from __future__ import annotations

import json

from portal.services.people.auth import Principal
from portal.store import audit, clock, rows

SNAPSHOT = ("state", "city", "submission_no", "return_deadline", "returned_by", "decided_by",
            "decided_at", "decision_json")


def snapshot(case: dict) -> dict:
    return {k: case.get(k) for k in SNAPSHOT}


def record(cur, principal: Principal, case_id: int, op: str, before: dict, after: dict) -> int:
    return rows.scalar(cur, "insert_review_op", {
        "case_id": case_id, "op": op, "actor_id": principal.user_id, "now": clock.now(),
        "before_json": audit.canonical(snapshot(before)), "after_json": audit.canonical(snapshot(after))})


def latest(cur, case_id: int) -> dict | None:
    op = rows.one(cur, "select_latest_review_op", {"case_id": case_id})
    if op:
        op["before"], op["after"] = json.loads(op["before_json"]), json.loads(op["after_json"])
    return op


def history(cur, case_id: int) -> list[dict]:
    return rows.many(cur, "select_review_ops", {"case_id": case_id})
