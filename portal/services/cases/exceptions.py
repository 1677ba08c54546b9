"""Failing findings a reviewer passes a case despite: each must be acknowledged with a reason,
and the acknowledgements are stored with the pass decision (and so in its audit event)."""
from __future__ import annotations

from portal.domain.errors import InvalidInput
from portal.services.cases import analysis_store, lifecycle
from portal.services.people.auth import Principal, require_case_access, require_role


def finding_key(finding: dict) -> str:
    """Names one failing finding of a submission: where it was found and what was found."""
    return "|".join(str(finding.get(k) or "") for k in ("source", "code", "file", "field"))


def failing(cur, case: dict) -> list[dict]:
    """The failing findings of the case's current submission, one per key."""
    out: dict[str, dict] = {}
    for f in analysis_store.findings(cur, case["id"], case["submission_no"]):
        if f["severity"] == "fail":
            out.setdefault(finding_key(f), {"key": finding_key(f), "code": f["code"], "message": f["message"],
                                            "file": f.get("file")})
    return list(out.values())


def open_exceptions(db, principal: Principal, case_id: int) -> list[dict]:
    """What a reviewer must acknowledge before passing this case (scope checked first)."""
    require_role(principal, "reviewer", "admin")
    with db.read() as cur:
        case = lifecycle.load(cur, case_id)
        require_case_access(principal, case)
        return failing(cur, case)


def acknowledged(cur, case: dict, reasons: dict[str, str] | None) -> list[dict]:
    """Each failing finding with the reviewer's reason; refuses when one has none or a reason
    names a finding the case does not have (a stale page)."""
    reasons = {k: " ".join(str(v or "").split()) for k, v in (reasons or {}).items()}
    found = failing(cur, case)
    unknown = set(reasons) - {f["key"] for f in found}
    if unknown:
        raise InvalidInput("所确认的不符合项已不在本次提交的核对结果中，请刷新页面后重新确认")
    out = []
    for f in found:
        if not reasons.get(f["key"]):
            raise InvalidInput(f"该案件有未通过的核对项，通过前须逐项说明理由：{f['message']}")
        out.append({"code": f["code"], "message": f["message"], "file": f["file"], "reason": reasons[f["key"]]})
    return out
