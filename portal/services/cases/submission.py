"""A candidate's own case: self-check, documents per slot, submission inside the round's window,
resubmission after a return until the case's own deadline."""
from __future__ import annotations

from portal.domain import declared as domain_declared
from portal.domain import names, states
from portal.domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from portal.services.cases import analysis, lifecycle, queue, rounds
from portal.services.people import blacklist, notify
from portal.services.people.auth import Principal, require_case_access, require_role
from portal.store import clock, rows

KINDS = ("application_form", "work_proof", "chsi_record", "chsi_report", "graduate_register",
         "diploma", "hn_secondary_query", "hn_secondary_report", "cscse_report", "party_school",
         "tech_school_query", "tech_school_cert", "exemption_proof", "qualification_cert")
EDITABLE = ("draft", "returned")


def _own(cur, principal: Principal, case_id: int, editable: bool = False) -> dict:
    require_role(principal, "candidate")
    case = lifecycle.load(cur, case_id)
    require_case_access(principal, case)
    if editable and case["state"] not in EDITABLE:
        raise Conflict(f"案件当前为“{names.name('state', case['state'])}”，不能修改材料")
    return case


def my_cases(db, principal: Principal) -> list[dict]:
    require_role(principal, "candidate")
    with db.read() as cur:
        return rows.many(cur, "select_cases_of_candidate", {"candidate_id": principal.candidate_id})


def save_self_check(db, principal: Principal, case_id: int, declared: dict) -> dict:
    """Store the self-check answers; returns the rules' verdict and the materials required."""
    with db.transaction() as cur:
        case = _own(cur, principal, case_id, editable=True)
        verdict = analysis.self_check(case, declared)
        if (absent := domain_declared.missing(verdict["reasons"])):
            raise InvalidInput("以下必填项未填写，自审内容未保存：" + "、".join(absent))
        cur.execute(rows.q("update_case_declared"), {"id": case_id, "declared_json": verdict["declared_json"]})
    return verdict


def check_attachable(db, principal: Principal, case_id: int, *, slot: str) -> None:
    """Refuse (reading only) what `attach_document` would refuse for this case and slot: the role,
    the owner, the slot and the case's state; called before a file is stored for it."""
    require_role(principal, "candidate")
    if slot not in KINDS:
        raise InvalidInput(f"未知的材料类型：{slot}")
    with db.read() as cur:
        _own(cur, principal, case_id, editable=True)


def attach_document(db, principal: Principal, case_id: int, *, slot: str, upload_id) -> None:
    require_role(principal, "candidate")
    if slot not in KINDS:
        raise InvalidInput(f"未知的材料类型：{slot}")
    with db.transaction() as cur:
        case = _own(cur, principal, case_id, editable=True)
        owner = rows.one(cur, "select_upload_owner", {"id": str(upload_id)})
        if owner is None:
            raise NotFound("文件不存在，请重新上传")
        if owner["uploader_id"] != principal.user_id:
            raise PermissionDenied("只能使用本人上传的文件")
        cur.execute(rows.q("insert_case_document"), {"case_id": case_id, "submission_no": case["submission_no"] + 1,
                                                      "slot": slot, "upload_id": str(upload_id), "now": clock.now()})


def detach_document(db, principal: Principal, case_id: int, *, slot: str, upload_id) -> None:
    with db.transaction() as cur:
        case = _own(cur, principal, case_id, editable=True)
        cur.execute(rows.q("delete_case_document"), {"case_id": case_id, "submission_no": case["submission_no"] + 1,
                                                      "slot": slot, "upload_id": str(upload_id)})


def documents(db, principal: Principal, case_id: int, submission_no: int | None = None) -> list[dict]:
    """The files attached to a submission (default: the one being prepared or the last one)."""
    with db.read() as cur:
        case = lifecycle.load(cur, case_id)
        require_case_access(principal, case)
        if submission_no is None:
            submission_no = case["submission_no"] + (1 if case["state"] in EDITABLE else 0)
        rows_ = rows.many(cur, "select_case_documents", {"case_id": case_id, "submission_no": submission_no})
        if case["state"] in EDITABLE and case["submission_no"]:
            kept = {d["slot"] for d in rows_}
            prev = rows.many(cur, "select_case_documents", {"case_id": case_id, "submission_no": case["submission_no"]})
            rows_ += [d | {"carried_over": True} for d in prev if d["slot"] not in kept]
        return rows_


def _checks(cur, case: dict) -> int:
    cand = rows.one(cur, "select_candidate", {"id": case["candidate_id"]})
    if (why := blacklist.blocking_reason(cur, cand["id_number"], case["exam"])):
        raise Conflict(why)
    if not case["declared_json"]:
        raise Conflict("请先完成个人自审（填写学历、工作年限等报考条件）")
    new_no = case["submission_no"] + 1
    cur.execute(rows.q("carry_case_documents"), {"case_id": case["id"], "prev": case["submission_no"], "new": new_no})
    have = {d["slot"] for d in rows.many(cur, "select_case_documents", {"case_id": case["id"], "submission_no": new_no})}
    missing = [k for k in analysis.required_kinds(case) if k not in have]
    if missing:
        raise Conflict("缺少必需材料：" + "、".join(names.name("kind", k) for k in missing))
    return new_no


def _submit(db, principal: Principal, case_id: int, action: str, *, background: bool) -> dict:
    with db.transaction() as cur:
        case = _own(cur, principal, case_id)
        if action == "submit":
            state = rounds.window_state(rounds.round_for(cur, case["exam"], case["exam_year"]))
            if state != "open":
                raise Conflict({"none": "本年度核查尚未安排，暂不能提交", "not_open": "核查材料提交尚未开始",
                                "closed": "核查材料提交已截止"}[state])
        elif case["return_deadline"] is None or clock.now() > case["return_deadline"]:
            raise Conflict("退回补充的截止时间已过，不能再提交")
        states.target(action, case)
        new_no = _checks(cur, case)
        new = lifecycle.transition(cur, principal, case_id, action, detail={"submission_no": new_no}, case=case)
        cur.execute(rows.q("update_case_submitted"), {"id": case_id, "submission_no": new_no, "now": clock.now()})
        cand = rows.one(cur, "select_candidate", {"id": case["candidate_id"]})
        queue.enqueue(cur, case | {"flagged": False}, new["state"], cand["name"], preferred=case["returned_by"] if action == "resubmit" else None)
        analysis.create_job(cur, case_id, new_no)
        if action == "resubmit":
            notify.case_resubmitted(cur, case, cand["name"])
    job = analysis.start(db, case_id, new_no, background=background)
    return new | {"submission_no": new_no, "analysis": job}


def submit_case(db, principal: Principal, case_id: int, *, background: bool = True) -> dict:
    """Submit inside the round's window; the rules and document checks then run in the background."""
    return _submit(db, principal, case_id, "submit", background=background)


def resubmit_case(db, principal: Principal, case_id: int, *, background: bool = True) -> dict:
    """Answer a return before its deadline (even after the window closed); back to the queue."""
    return _submit(db, principal, case_id, "resubmit", background=background)
