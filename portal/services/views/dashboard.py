"""统计看板 read model: cases by status per city and exam, daily decisions per reviewer, return and
fail reasons, time from submission to decision. Composed from `case_views.search_cases` and the
audit events (every decision is an audited event with its reasons), scoped to the admin's cities.
Fine for a city's or a province's round of thousands; a million cases would want SQL aggregates."""
from __future__ import annotations

import json

import polars as pl

from portal.domain import names
from portal.services.people.auth import Principal, require_role
from portal.services.views.history import search_all
from portal.services.views.reference import city_names, exam_names
from portal.store import rows

DECISIONS = ("pass", "fail", "return")


def dashboard(db, principal: Principal) -> dict:
    """Four tables (polars DataFrames) ready for charts; empty frames when there is nothing yet."""
    require_role(principal, "admin")
    cases = {c["id"]: c for c in search_all(db, principal)}
    cities, exams = city_names(), exam_names()
    status = pl.DataFrame([{"市州": cities.get(c["city"], c["city"]), "考试": exams.get(c["exam"], c["exam"]),
                            "状态": names.name("state", c["state"])} for c in cases.values()],
                          schema={"市州": pl.String, "考试": pl.String, "状态": pl.String})
    with db.read() as cur:
        events = [e for e in rows.many(cur, "select_audit_events")
                  if e["entity"] == "case" and e["entity_id"] and int(e["entity_id"]) in cases]
        users = {}
        for e in events:
            if e["action"] in DECISIONS and e["actor"] not in users:
                uid = e["actor"].removeprefix("user:")
                user = rows.one(cur, "select_user", {"id": int(uid)}) if uid.isdigit() else None
                users[e["actor"]] = user["display_name"] if user else e["actor"]
    decided, reasons, durations, submitted_at = [], [], [], {}
    for e in events:
        after = json.loads(e["after_json"] or "{}")
        if e["action"] in ("submit", "resubmit"):
            submitted_at[e["entity_id"]] = e["occurred_at"]
        if e["action"] not in DECISIONS:
            continue
        decided.append({"日期": e["occurred_at"].date(), "审核员": users[e["actor"]], "决定": names.name("action", e["action"])})
        for text in after.get("items", []) if e["action"] == "return" else after.get("reasons", []):
            reasons.append({"类型": names.name("action", e["action"]), "原因": text})
        if e["entity_id"] in submitted_at:
            hours = (e["occurred_at"] - submitted_at[e["entity_id"]]).total_seconds() / 3600
            durations.append({"决定": names.name("action", e["action"]), "小时": round(hours, 2)})
    return {
        "status": status.group_by(["市州", "考试", "状态"]).len("案件数").sort(["市州", "考试"]),
        "throughput": pl.DataFrame(decided, schema={"日期": pl.Date, "审核员": pl.String, "决定": pl.String})
                        .group_by(["日期", "审核员"]).len("件数").sort("日期"),
        "reasons": pl.DataFrame(reasons, schema={"类型": pl.String, "原因": pl.String})
                     .group_by(["类型", "原因"]).len("次数").sort("次数", descending=True),
        "durations": pl.DataFrame(durations, schema={"决定": pl.String, "小时": pl.Float64}),
        "total": len(cases),
    }
