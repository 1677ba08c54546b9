"""Read models for the reviewer pages: the queue with flags in words, the reviewer's leases, and the
checklist and reasons offered when deciding. Composed from the queue service and existing queries."""
from __future__ import annotations

from portal.domain.search_terms import has_term, parse_term
from portal.services.cases import lifecycle, queue
from portal.services.people.auth import Principal, require_case_access
from portal.services.views import search
from portal.store import clock


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


def queue_rows(db, principal: Principal, term: str | None = None, **filters) -> dict:
    """One queue page (narrowed by a search term if given) with each case's flags in words and
    who holds it."""
    if has_term(parse_term(term)):
        found = search.find_in_queue(db, principal, term, **filters)
    else:
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


def return_suggestions(review: dict) -> list[str]:
    """Checklist items a reviewer may tick when returning: one per problem found with a file or
    with the case, in the candidate's wording (what to do, no codes), each once."""
    from portal.domain import candidate_findings
    out = []
    for doc in review["documents"]:
        problems = [f for f in doc["findings"] if f["severity"] in ("fail", "warn")]
        out += [f["message"] for f in candidate_findings.for_candidate(problems, doc["slot"])]
    general = [f for f in review["general"] if f["severity"] in ("fail", "warn") and f.get("source") == "checks"]
    out += [f["message"] for f in candidate_findings.for_candidate(general)]
    return list(dict.fromkeys(out))


def rule_reasons(review: dict) -> list[str]:
    """The rules' unmet conditions, as the reviewer reads them (rule, numbers compared)."""
    return [r["message"] for r in (review["verdict"] or {}).get("reasons", [])]


def fail_suggestions(review: dict) -> list[str]:
    """The rules' unmet conditions as fail reasons a reviewer may adopt: the candidate reads them."""
    from portal.domain import candidate_text
    return candidate_text.unique(candidate_text.reason(r["code"], r["message"])
                                 for r in (review["verdict"] or {}).get("reasons", []))


def rule_years(verdict: dict) -> str:
    """The work years the rules compared, in words; counted years show also when the education is
    refused, against the years of the nearest major tier that accepts it."""
    required, counted = verdict.get("required_years"), verdict.get("counted_years")
    refused = any(r.get("code") == "education_not_accepted" for r in verdict.get("reasons", []))
    parts = []
    if required is not None:
        parts.append(f"{'可报考的专业类别' if refused else ''}要求 {required} 年")
    elif refused:
        parts.append("该学历在各专业类别均不符合条件")
    if counted is not None:
        parts.append(f"计得 {counted} 年")
    return f"（{'，'.join(parts)}）" if parts else ""
