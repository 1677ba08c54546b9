"""Analysing a submission is a job of the queue, run after the reading jobs of its files: the
rules' verdict is computed here (cheap, pure), the document checks in a worker; findings are saved
with the job's completion. After the last failed attempt the case is flagged for a manual check."""
from __future__ import annotations

import json

from portal.domain import declared as domain_declared
from portal.domain.errors import InvalidInput
from portal.jobs import queue
from portal.jobs.handlers import Finished, Handler, register
from portal.services.cases import analysis_store
from portal.store import rows


def subject(case_id: int, submission_no: int) -> str:
    return f"{case_id}:{submission_no}"


def _ids(job) -> tuple[int, int]:
    case_id, submission_no = job["subject"].split(":")
    return int(case_id), int(submission_no)


def enqueue(cur, case_id: int, submission_no: int) -> str:
    """The analysis job, after the reading jobs of the submission's files that are not finished."""
    after = [r["id"] for r in rows.many(cur, "select_open_read_jobs_of_submission",
                                        {"case_id": case_id, "submission_no": submission_no})]
    return queue.enqueue(cur, "analyse", subject(case_id, submission_no), after=after)


def rule_findings(case: dict) -> tuple[list[dict], dict, list[str]]:
    import rules
    candidate, declared = domain_declared.to_candidate(case, json.loads(case["declared_json"]))
    verdict = rules.evaluate(candidate)
    found = [{"source": "rules", "code": r.code, "severity": "fail", "message": r.message_zh,
              "file": None, "field": r.rule, "read": None, "expected": r.source} for r in verdict.reasons]
    return found, declared, list(verdict.evidence)


def _checks_failed(message: str) -> dict:
    return {"source": "checks", "code": "checks_failed", "severity": "warn", "message": message,
            "file": None, "field": None, "read": None, "expected": None}


def _load(db, job):
    case_id, submission_no = _ids(job)
    with db.read() as cur:
        case, cand = analysis_store.load_case(cur, case_id)
    if case["submission_no"] != submission_no:
        return Finished({"stale": True})
    analysis_store.progress(db, case_id, submission_no, "running", 0.1, "核对报考条件")
    try:
        found, declared, kinds = rule_findings(case)
    except InvalidInput as exc:
        return Finished({"invalid": exc.message})
    try:
        docs = analysis_store.documents(db, case_id, submission_no)
    except Exception as exc:  # a reviewer must see that the documents were not checked
        return Finished({"rules": found, "error": f"材料自动核对未能完成，请人工核对：{exc}"})
    analysis_store.progress(db, case_id, submission_no, "running", 0.4, "核对上传材料")
    return {"rules": found, "documents": docs,
            "subject": {"candidate": cand, "declared": declared, "required_kinds": kinds}}


def _save(db, job, result: dict) -> None:
    from portal.services.documents import uploads
    case_id, submission_no = _ids(job)
    if result.get("stale") or result.get("invalid"):
        with db.transaction() as cur:
            analysis_store.set_job(cur, case_id, submission_no, "done" if result.get("stale") else "error", 1.0,
                                   "已被新的提交取代" if result.get("stale") else result["invalid"])
        return
    for upload_id, extraction in (result.get("extractions") or {}).items():
        uploads.save_extraction(db, upload_id, extraction)
    findings = list(result.get("rules") or []) + [dict(f, source="checks") for f in result.get("findings") or ()]
    if result.get("error"):
        findings.append(_checks_failed(result["error"]))
    analysis_store.save(db, case_id, submission_no, findings)


def _give_up(db, job, reason: str) -> None:
    case_id, submission_no = _ids(job)
    with db.read() as cur:
        case, _ = analysis_store.load_case(cur, case_id)
    try:
        found = rule_findings(case)[0]
    except Exception:
        found = []
    analysis_store.save(db, case_id, submission_no, found + [_checks_failed(queue.FAILED_REASON)])
    with db.transaction() as cur:
        analysis_store.set_job(cur, case_id, submission_no, "error", 1.0, queue.FAILED_REASON)


register("analyse", Handler("portal.jobs.work:analyse", _load, _save, _give_up))
