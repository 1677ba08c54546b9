"""Reading cases: one case in full (scope-checked), a case's trail and where it stands, searches."""
from __future__ import annotations

import json

from portal.domain import names, states, units
from portal.domain.errors import InvalidInput
from portal.domain.times import beijing
from portal.services.cases import analysis_store, lifecycle, review_ops, rounds
from portal.services.people.auth import Principal, require_case_access, require_city, require_role
from portal.store import audit, clock, rows


def get_case(db, principal: Principal, case_id: int) -> dict:
    """The case, its candidate, documents, findings, notices, analysis job and lease."""
    with db.read() as cur:
        case = lifecycle.load(cur, case_id)
        require_case_access(principal, case)
        shown = case["submission_no"]
        out = dict(case, state_name=names.name("state", case["state"]), city_name=units.city_name(case["city"]))
        out["candidate"] = rows.one(cur, "select_candidate", {"id": case["candidate_id"]})
        out["declared"] = json.loads(case["declared_json"] or "{}")
        out["documents"] = rows.many(cur, "select_case_documents", {"case_id": case_id, "submission_no": shown})
        out["findings"] = analysis_store.findings(cur, case_id, shown)
        out["analysis"] = analysis_store.job(cur, case_id, shown)
        out["notices"] = [n | {"items": json.loads(n["items_json"])} for n in rows.many(cur, "select_notices", {"case_id": case_id})]
        out["queue"] = rows.one(cur, "select_queue_entry", {"case_id": case_id})
        out["round"] = rounds.round_for(cur, case["exam"], case["exam_year"])
        if principal.role == "candidate":
            out.pop("decided_by"), out.pop("returned_by")
            out["queue"] = None
        return out


def stage(case: dict, entry: dict | None, rnd: dict | None, job: dict | None) -> tuple[str, bool]:
    """Where the case stands, in words, and whether it is stuck (where the path breaks)."""
    now, state = clock.now(), case["state"]
    if job and job["status"] == "error":
        return f"自动分析出错：{job['message']}", True
    if state == "draft":
        closed = rounds.window_state(rnd) == "closed"
        return ("提交已截止，考生未提交", True) if closed else ("考生尚未提交", False)
    if state in states.WAITING:
        return f"在{units.city_name(case['city'])}审核队列中等待领取", False
    if state == "in_review" and entry and entry["lease_until"] and entry["lease_until"] >= now:
        return f"审核员 {entry['lease_owner']} 审核中，领取至 {beijing(entry['lease_until'])}", False
    if state == "in_review":
        return "领取已超时，等待重新领取", entry is None
    if state == "returned":
        late = case["return_deadline"] and case["return_deadline"] < now
        return (("补充截止时间已过，考生未重新提交", True) if late else
                (f"已退回补充，等待考生于 {beijing(case['return_deadline'])} 前重新提交", False))
    return names.name("state", state), False


def case_trail(db, principal: Principal, case_id: int) -> dict:
    """过程跟踪: every audited event and review operation of the case, and where it stands."""
    require_role(principal, "reviewer", "admin")
    with db.read() as cur:
        case = lifecycle.load(cur, case_id)
        require_case_access(principal, case)
        entry = rows.one(cur, "select_queue_entry", {"case_id": case_id})
        job = analysis_store.job(cur, case_id, case["submission_no"])
        text, stuck = stage(case, entry, rounds.round_for(cur, case["exam"], case["exam_year"]), job)
        return {"case_id": case_id, "state": case["state"], "stage": text, "stuck": stuck,
                "events": audit.trail(cur, "case", case_id), "operations": review_ops.history(cur, case_id)}


def search_cases(db, principal: Principal, *, city: str | None = None, state: str | None = None,
                 exam: str | None = None, exam_year: int | None = None, page: int = 1, size: int = 50) -> dict:
    """Cases of the caller's units in any state (for lists, publication and exports)."""
    require_role(principal, "reviewer", "admin")
    if city:
        require_city(principal, city)
    if state not in (None, *states.STATES) or not 1 <= size <= 1000 or page < 1:
        raise InvalidInput("筛选条件无效")
    params = {"cities": [city] if city else list(principal.cities), "state": state, "exam": exam,
              "exam_year": exam_year, "limit": size, "offset": (page - 1) * size}
    with db.read() as cur:
        return {"rows": rows.many(cur, "select_cases_page", params),
                "total": rows.scalar(cur, "count_cases_page", {k: v for k, v in params.items()
                                                               if k not in ("limit", "offset")}),
                "page": page, "size": size}
