"""Read models of what happened: a case's trail (过程跟踪) with names and actions in words, a
reviewer's own decisions (已审记录), and every case of the caller's cities (for the dashboard)."""
from __future__ import annotations

from portal.domain import names
from portal.domain.errors import InvalidInput
from portal.services.cases import lifecycle
from portal.services.people.auth import Principal, require_role
from portal.services.views import cases as cases_view
from portal.store import rows


def _actor_name(cur, actor: str, cache: dict) -> str:
    if actor not in cache:
        user_id = actor.removeprefix("user:")
        user = rows.one(cur, "select_user", {"id": int(user_id)}) if user_id.isdigit() else None
        cache[actor] = user["display_name"] if user else {"user:0": "命令行管理员", "system:analysis": "系统"}.get(actor, actor)
    return cache[actor]


def case_trail(db, principal: Principal, case_id: int) -> dict:
    """过程跟踪 from `cases_view.case_trail`, with people's names and actions in words."""
    found = cases_view.case_trail(db, principal, case_id)
    people: dict = {}
    with db.read() as cur:
        case = lifecycle.load(cur, case_id)
        steps = [{"时间": e["occurred_at"], "操作": names.name("action", e["action"]),
                  "操作人": _actor_name(cur, e["actor"], people),
                  "状态": names.name("state", (e["after"] or {}).get("state")),
                  "说明": _detail(e["after"])} for e in found["events"]]
        stage = found["stage"]
        entry = rows.one(cur, "select_queue_entry", {"case_id": case_id})
        if entry and entry["lease_owner"]:
            holder = _actor_name(cur, f"user:{entry['lease_owner']}", people)
            stage = stage.replace(f"审核员 {entry['lease_owner']} ", f"审核员 {holder} ")
    return {"case": case, "steps": steps, "stage": stage, "stuck": found["stuck"],
            "state_name": names.name("state", case["state"])}


def _detail(after: dict | None) -> str:
    after = after or {}
    parts = []
    for key, label in (("items", "需补正"), ("reasons", "理由"), ("note", "备注"), ("reason", "原因"),
                       ("to_city", "转至"), ("submission_no", "第几次提交")):
        value = after.get(key)
        if value:
            parts.append(f"{label}：{'；'.join(value) if isinstance(value, list) else value}")
    if after.get("acknowledged"):
        parts.append("已核实的不符合项：" + "；".join(acknowledgement(a) for a in after["acknowledged"]))
    if after.get("not_eligible_reason"):
        parts.append(f"今后同一考试不再受理：{after['not_eligible_reason']}")
    return "　".join(parts)


def acknowledgement(ack: dict) -> str:
    return f"{ack['message']}（{ack['reason']}）"


def my_decisions(db, principal: Principal, *, page: int = 1, size: int = 50) -> dict:
    """已审记录: one page of the caller's decisions, newest first, from the review operations (an
    indexed SQL page, not the audit trail), each with the case's current state — a rolled-back
    decision shows the state the case is in now. `{"rows", "total", "page", "size"}`."""
    require_role(principal, "reviewer", "admin")
    if not 1 <= size <= 500 or page < 1:
        raise InvalidInput("页码无效")
    params = {"me": principal.user_id, "cities": list(principal.cities)}
    with db.read() as cur:
        found = rows.many(cur, "select_my_decisions", params | {"limit": size, "offset": (page - 1) * size})
        total = rows.scalar(cur, "count_my_decisions", params)
    out = []
    for r in found:
        detail = list(r["reasons"]) or ([r["note"]] if r["note"] else [])
        detail += [acknowledgement({"message": m, "reason": w}) for m, w in zip(r["ack_messages"] or [], r["ack_reasons"] or [])]
        out.append({"case_id": r["case_id"], "name": r["name"], "exam": r["exam"], "level": r["level"],
                    "decision": names.name("action", r["op"]), "at": r["done_at"], "detail": "；".join(detail),
                    "state": r["state"]})
    return {"rows": out, "total": total, "page": page, "size": size}


def search_all(db, principal: Principal, page_size: int = 1000) -> list[dict]:
    """Every case of the caller's cities (id, city, name, exam, level, state, times), page by page
    through `cases_view.search_cases`, which checks role and scope."""
    out, page = [], 1
    while True:
        found = cases_view.search_cases(db, principal, page=page, size=page_size)["rows"]
        out += found
        if len(found) < page_size:
            return out
        page += 1
