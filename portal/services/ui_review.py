"""Read models for the reviewer pages, composed from the queue service and existing queries."""
from __future__ import annotations

import json

from portal.services import case_views, lifecycle, queue
from portal.services.auth import Principal, require_case_access
from portal.store import clock, rows

def flag_name(code: str) -> str:
    """A finding code (checks/ or rules/) as the short flag a reviewer scans for."""
    if code.endswith("_mismatch") or code == "work_start_later":
        return "信息不一致"
    if code.startswith("seal_"):
        return "缺印章"
    if code in ("wrong_kind_in_slot", "evidence_missing", "evidence_not_required", "kind_unrecognised"):
        return "材料类型不符"
    if code.startswith("id_"):
        return "证件号异常"
    if code.startswith(("cert_no_", "vcode_", "cscse_")):
        return "学历编号/验证码异常"
    if code.startswith("phone_"):
        return "报名表缺手机号"
    if code == "no_text_layer":
        return "无文字层"
    return "条件不符"


def flag_labels(flags: str | None) -> list[str]:
    """Finding codes (';'-separated) in words, without repeats."""
    out = []
    for code in filter(None, (flags or "").split(";")):
        if (text := flag_name(code)) not in out:
            out.append(text)
    return out


def queue_rows(db, principal: Principal, **filters) -> dict:
    """One queue page with each case's flags in words and who holds it."""
    found = queue.queue_page(db, principal, **filters)
    now = clock.now()
    with db.read() as cur:
        for row in found["rows"]:
            case = lifecycle.load(cur, row["case_id"])
            require_case_access(principal, case)
            row["flags"] = flag_labels(case["flags"])
            held = row["lease_until"] is not None and row["lease_until"] >= now
            row["holder"] = ("我" if row["lease_owner"] == principal.user_id else "他人") if held else ""
            row["submission_no"] = case["submission_no"]
    return found


def my_leases(db, principal: Principal) -> list[dict]:
    """Cases this reviewer currently holds (for the workbench picker)."""
    found = queue.queue_page(db, principal, status="in_review", size=200)["rows"]
    now = clock.now()
    return [r for r in found if r["lease_owner"] == principal.user_id and r["lease_until"] >= now]



def _actor_name(cur, actor: str, cache: dict) -> str:
    if actor not in cache:
        user_id = actor.removeprefix("user:")
        user = rows.one(cur, "select_user", {"id": int(user_id)}) if user_id.isdigit() else None
        cache[actor] = user["display_name"] if user else {"user:0": "命令行管理员", "system:analysis": "系统"}.get(actor, actor)
    return cache[actor]


ACTIONS = {"analysis": "自动核对材料", "reopen": "异议后重新审核", "rollback": "回退审核操作"}


def case_trail(db, principal: Principal, case_id: int) -> dict:
    """过程跟踪 from `case_views.case_trail`, with people's names and actions in words."""
    found = case_views.case_trail(db, principal, case_id)
    names: dict = {}
    with db.read() as cur:
        case = lifecycle.load(cur, case_id)
        steps = [{"时间": e["occurred_at"], "操作": ACTIONS.get(e["action"]) or lifecycle.ACTION_NAMES.get(e["action"], e["action"]),
                  "操作人": _actor_name(cur, e["actor"], names),
                  "状态": lifecycle.STATE_NAMES.get((e["after"] or {}).get("state"), ""),
                  "说明": _detail(e["after"])} for e in found["events"]]
        stage = found["stage"]
        entry = rows.one(cur, "select_queue_entry", {"case_id": case_id})
        if entry and entry["lease_owner"]:
            holder = _actor_name(cur, "user:%d" % entry["lease_owner"], names)
            stage = stage.replace("审核员 %d " % entry["lease_owner"], f"审核员 {holder} ")
    return {"case": case, "steps": steps, "stage": stage, "stuck": found["stuck"],
            "state_name": lifecycle.STATE_NAMES.get(case["state"], case["state"])}


def _detail(after: dict | None) -> str:
    after = after or {}
    parts = []
    for key, label in (("items", "需补正"), ("reasons", "理由"), ("note", "备注"), ("reason", "原因"),
                       ("to_city", "转至"), ("submission_no", "第几次提交")):
        value = after.get(key)
        if value:
            parts.append(f"{label}：{'；'.join(value) if isinstance(value, list) else value}")
    return "　".join(parts)


DECISION_NAMES = {"pass": "通过", "fail": "不通过", "return": "退回补充"}


def my_decisions(db, principal: Principal) -> list[dict]:
    """已审记录: the caller's decisions (from the audit trail), newest first, with the case's
    current state — a rolled-back decision shows the state the case is in now."""
    cases = {c["id"]: c for c in search_all(db, principal)}
    me = f"user:{principal.user_id}"
    with db.read() as cur:
        events = [e for e in rows.many(cur, "select_audit_events")
                  if e["actor"] == me and e["entity"] == "case" and e["action"] in DECISION_NAMES]
    out = []
    for e in reversed(events):
        case = cases.get(int(e["entity_id"]))
        if case is None:
            continue
        after = json.loads(e["after_json"] or "{}")
        detail = after.get("items") or after.get("reasons") or ([after["note"]] if after.get("note") else [])
        out.append({"case_id": case["id"], "name": case["name"], "exam": case["exam"], "level": case["level"],
                    "decision": DECISION_NAMES[e["action"]], "at": e["occurred_at"], "detail": "；".join(detail),
                    "state": case["state"]})
    return out


def search_all(db, principal: Principal, page_size: int = 5000) -> list[dict]:
    """Every case of the caller's cities (id, city, name, exam, level, state, times), by pages.
    Reads `select_cases_page` directly: `case_views.search_cases` passes its paging parameters to
    the count query as well, which DuckDB refuses (reported to the workflow helper)."""
    if principal.role not in ("reviewer", "admin"):
        from portal.services.errors import PermissionDenied
        raise PermissionDenied("无权操作：此功能仅限审核员、管理员使用")
    out, offset = [], 0
    with db.read() as cur:
        while True:
            found = rows.many(cur, "select_cases_page", {
                "cities": list(principal.cities), "state": None, "exam": None, "exam_year": None,
                "limit": page_size, "offset": offset})
            out += found
            if len(found) < page_size:
                return out
            offset += page_size


def return_suggestions(review: dict) -> list[str]:
    """Checklist items a reviewer may tick when returning: one per problem found with a file or
    with the case, worded as what the candidate must do."""
    from portal.services.analysis import KIND_NAMES
    out = []
    for doc in review["documents"]:
        kind = KIND_NAMES.get(doc["slot"], doc["slot"])
        for f in doc["findings"]:
            if f["severity"] in ("fail", "warn"):
                out.append(f"请重新提交{kind}：{f['message']}")
    for f in review["general"]:
        if f["severity"] in ("fail", "warn") and f.get("source") == "checks":
            out.append(f"请补充或更正：{f['message']}")
    return list(dict.fromkeys(out))


def rule_reasons(review: dict) -> list[str]:
    """The rules' unmet conditions, as fail reasons a reviewer may adopt."""
    return [r["message"] for r in (review["verdict"] or {}).get("reasons", [])]
