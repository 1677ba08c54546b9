"""统计看板 read model: cases by status per city and exam, daily decisions per reviewer, the most
frequent return and fail reasons, and hours from submission to decision. Every figure is one SQL
aggregate over the cases and their decision facts, never a scan of the audit trail; the reasons
tally is a counter kept up to date from the new decisions only (`reason_tally`)."""
from __future__ import annotations

import polars as pl

from portal.domain import names
from portal.services.people.auth import Principal, require_role
from portal.services.views import reason_tally
from portal.services.views.reference import city_names, exam_names
from portal.store import rows

DECISIONS = {"pass": "通过", "fail": "不通过", "return": "退回补充"}
# Semantic colours, the same on every chart: pass green, return amber, fail red.
COLOURS = {"通过": "#2e7d32", "退回补充": "#f59e0b", "不通过": "#c62828"}
STATE_COLOURS = {names.name("state", code): colour for code, colour in (
    ("passed", "#2e7d32"), ("returned", "#f59e0b"), ("failed", "#c62828"), ("published", "#66bb6a"),
    ("final", "#43a047"), ("certified", "#1b5e20"), ("submitted", "#64b5f6"), ("resubmitted", "#1e88e5"),
    ("in_review", "#3949ab"), ("draft", "#bdbdbd"), ("revoked", "#6d4c41"))}
HOURS_CAP = 240


def _names(cur, actor_ids) -> dict[int, str]:
    known = {r["id"]: r["display_name"] for r in rows.many(cur, "select_user_names", {"ids": [int(u) for u in actor_ids]})}
    return {uid: known.get(uid, f"用户{uid}") for uid in actor_ids}


def dashboard(db, principal: Principal, *, reasons_shown: int = 15) -> dict:
    """Four tables (polars DataFrames) ready for charts; empty frames when there is nothing yet."""
    require_role(principal, "admin")
    scope = {"cities": list(principal.cities)}
    cities, exams = city_names(), exam_names()
    with db.read() as cur:
        status = rows.many(cur, "select_dashboard_status", scope)
        done = rows.many(cur, "select_dashboard_throughput", scope)
        hours = rows.many(cur, "select_dashboard_durations", scope | {"cap": HOURS_CAP})
        acks = rows.many(cur, "select_dashboard_acknowledged", scope)
        reviewers = _names(cur, {r["actor_id"] for r in done})
    reasons = reason_tally.top(db, principal.cities, reasons_shown)
    return {
        "status": pl.DataFrame([{"市州": cities.get(r["city"], r["city"]), "考试": exams.get(r["exam"], r["exam"]),
                                 "状态": names.name("state", r["state"]), "案件数": r["n"]} for r in status],
                               schema={"市州": pl.String, "考试": pl.String, "状态": pl.String, "案件数": pl.Int64}),
        "throughput": pl.DataFrame([{"日期": r["day"], "审核员": reviewers[r["actor_id"]], "决定": DECISIONS[r["op"]],
                                     "件数": r["n"]} for r in done],
                                   schema={"日期": pl.Date, "审核员": pl.String, "决定": pl.String, "件数": pl.Int64}),
        "reasons": pl.DataFrame([{"类型": DECISIONS[r["op"]], "原因": r["reason"], "次数": r["n"]} for r in reasons],
                                schema={"类型": pl.String, "原因": pl.String, "次数": pl.Int64}),
        "durations": pl.DataFrame([{"决定": DECISIONS[r["op"]], "小时": int(r["hours"]), "次数": r["n"]} for r in hours],
                                  schema={"决定": pl.String, "小时": pl.Int64, "次数": pl.Int64}),
        "total": sum(r["n"] for r in status),
        "acknowledged": [{"不符合项": r["message"], "次数": r["n"], "案件数": r["cases"]} for r in acks],
        "passed_with_exceptions": len({c for r in acks for c in r["case_ids"]}),
        "mean_hours": (sum(r["total_hours"] for r in hours) / sum(r["n"] for r in hours)) if hours else None,
    }
