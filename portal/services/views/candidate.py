"""Read models for the candidate pages: my cases with names, the verdict on the stored self-check,
the required slots and what is attached to each. Composed from the submission/analysis services."""
from __future__ import annotations

import json

from portal.domain import candidate_text, names, notice
from portal.domain.errors import PermissionDenied
from portal.services.cases import analysis, submission
from portal.services.people.auth import Principal
from portal.services.views.reference import exam_name, level_name
from portal.store import clock, rows


def case_choices(db, principal: Principal) -> dict[int, str]:
    """case id -> '2021年 经济专业技术资格 中级' for the candidate's own cases."""
    return {c["id"]: f"{c['exam_year']}年 {exam_name(c['exam'])} {level_name(c['level'])}"
            for c in submission.my_cases(db, principal)}


def my_case(db, principal: Principal, case_id: int) -> dict:
    for case in submission.my_cases(db, principal):
        if case["id"] == case_id:
            return case
    raise PermissionDenied("无权访问：只能查看本人的核查案件")


def declared(case: dict) -> dict:
    return json.loads(case["declared_json"]) if case.get("declared_json") else {}


def verdict(db, principal: Principal, case_id: int) -> dict | None:
    """The rules' verdict on the stored self-check (None before the first self-check), its unmet
    conditions in the candidate's wording."""
    case = my_case(db, principal, case_id)
    if not case.get("declared_json"):
        return None
    found = analysis.self_check(case, declared(case))
    return found | {"reasons": [r | {"message": candidate_text.reason(r["code"], r["message"])}
                                for r in found["reasons"]]}


def slots(db, principal: Principal, case_id: int) -> list[dict]:
    """One entry per required document kind with the attached upload (or None)."""
    found = verdict(db, principal, case_id)
    attached = {d["slot"]: d for d in submission.documents(db, principal, case_id)}
    return [{"kind": k, "document": attached.get(k)} for k in (found["required_kinds"] if found else [])]


def case_status(db, principal: Principal, case_id: int) -> dict:
    """The candidate's view of a case: state, notices (every item of each return, once), decision
    reasons, analysis progress, and the certificates issued on it."""
    from portal.services.certificates import common
    from portal.services.views import cases as cases_view
    found = cases_view.get_case(db, principal, case_id)
    decision = json.loads(found["decision_json"]) if found.get("decision_json") else {}
    if decision.get("reasons"):
        decision["reasons"] = candidate_text.items(decision["reasons"])
    notices = [n | {"items": candidate_text.items(n["items"])} for n in found["notices"]]
    certs = common.my_certificates(db, principal)  # the holder's own, of every case
    return found | {"decision": decision, "notices": notices, "certificates": certs, "state_label": _state_label(db, found)}


def _state_label(db, case: dict) -> str:
    """The case's state in words; a published case reads 公示中 only inside its list's notice period
    (before it 待公示, after it 公示期满，待确认 until the list is finalised)."""
    if case["state"] != "published":
        return names.state(case["state"])
    with db.read() as cur:
        held = rows.one(cur, "select_case_notice", {"case_id": case["id"]})
    if held is None:
        return names.state(case["state"])
    return notice.entry_label(held["entry_status"], held["list_status"], held["notice_start"], held["notice_end"],
                              clock.now().date())


def analysis_progress(db, principal: Principal, case_id: int) -> dict | None:
    """The automatic check of the latest submission: {status, progress, message} or None."""
    from portal.services.views import cases as cases_view
    return cases_view.get_case(db, principal, case_id)["analysis"]


def application_form(db, principal: Principal, case_id: int) -> bytes:
    """The 报名表 to print, fill in, sign and have stamped: a PDF with the candidate's own name, ID
    number, phone, employer, exam and level filled in and the rest left blank."""
    from portal.docgen import render
    from portal.services.views import cases as cases_view
    from portal.services.views.reference import exam_name, level_name
    case = cases_view.get_case(db, principal, case_id)
    person = case["candidate"]
    blank = dict.fromkeys(("birth_date", "education_level", "school", "major", "graduation_date", "work_start"), "")
    return render("application_form", blank | {
        "exam_name": exam_name(case["exam"]), "name": person["name"], "gender": person["gender"] or "",
        "id_number": person["id_number"], "phone": person["phone"] or "", "employer": case["employer"] or "",
        "level_name": "" if case["level"] == "single" else level_name(case["level"])}, seal=False, fmt="pdf")
