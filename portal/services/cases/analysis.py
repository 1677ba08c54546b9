"""Analysis on submission: `rules.evaluate` on the declared self-check and `checks.check_case` on
the submitted documents, run in the background with progress; findings are stored with the case."""
from __future__ import annotations

import contextlib
import json
import threading
from concurrent.futures import Future, ThreadPoolExecutor

from portal.domain import declared as domain_declared
from portal.domain.errors import InvalidInput
from portal.services.cases import analysis_store

_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="analysis")
_lock = threading.Lock()


def self_check(case: dict, declared: dict) -> dict:
    """The rules' verdict on what the candidate declared (raises InvalidInput on a bad field)."""
    import rules
    candidate, clean = domain_declared.to_candidate(case, declared)
    verdict = rules.evaluate(candidate)
    return {"eligible": verdict.eligible, "education_effective": verdict.education_effective,
            "required_years": verdict.required_years, "counted_years": verdict.counted_years,
            "required_kinds": list(verdict.evidence),
            "reasons": [{"code": r.code, "message": domain_declared.in_chinese(r.message_zh), "rule": r.rule,
                         "source": r.source}
                        for r in verdict.reasons],
            "declared_json": json.dumps(clean, ensure_ascii=False, sort_keys=True)}


def required_kinds(case: dict) -> list[str]:
    import rules
    candidate, _ = domain_declared.to_candidate(case, json.loads(case["declared_json"]))
    return list(rules.required_evidence(candidate))


def create_job(cur, case_id: int, submission_no: int) -> None:
    analysis_store.set_job(cur, case_id, submission_no, "pending", 0.0, "等待分析")


def run(db, case_id: int, submission_no: int) -> list[dict]:
    """Evaluate rules and document checks for one submission; store findings; flag the case."""
    import checks
    import rules
    try:
        with db.read() as cur:
            case, cand = analysis_store.load_case(cur, case_id)
        analysis_store.progress(db, case_id, submission_no, "running", 0.1, "核对报考条件")
        candidate, declared = domain_declared.to_candidate(case, json.loads(case["declared_json"]))
        verdict = rules.evaluate(candidate)
        findings = [{"source": "rules", "code": r.code, "severity": "fail", "message": r.message_zh,
                     "file": None, "field": r.rule, "read": None, "expected": r.source}
                    for r in verdict.reasons]
        analysis_store.progress(db, case_id, submission_no, "running", 0.4, "核对上传材料")
        try:
            docs = analysis_store.load_documents(db, case_id, submission_no)
            subject = {"candidate": cand, "declared": declared, "required_kinds": list(verdict.evidence),
                       "documents": docs}
            findings += [dict(f, source="checks") for f in checks.check_case(subject)]
        except Exception as exc:  # a reviewer must see that the documents were not checked
            findings.append({"source": "checks", "code": "checks_failed", "severity": "warn",
                             "message": f"材料自动核对未能完成，请人工核对：{exc}", "file": None,
                             "field": None, "read": None, "expected": None})
        analysis_store.save(db, case_id, submission_no, findings)
        return findings
    except InvalidInput as exc:
        analysis_store.progress(db, case_id, submission_no, "error", 1.0, exc.message)
        raise
    except Exception as exc:  # the job records why; the reviewer still sees the case
        analysis_store.progress(db, case_id, submission_no, "error", 1.0, f"分析出错：{exc}")
        raise


def start(db, case_id: int, submission_no: int, *, background: bool = True) -> Future | dict:
    """Run now (background=False) or on the analysis worker thread."""
    if not background:
        with contextlib.suppress(Exception):         # a failed run is recorded; its status says so
            run(db, case_id, submission_no)
        return status(db, case_id, submission_no)
    with _lock:
        return _executor.submit(run, db, case_id, submission_no)


def status(db, case_id: int, submission_no: int) -> dict:
    with db.read() as cur:
        return analysis_store.job(cur, case_id, submission_no)


def resume_pending(db) -> int:
    """Restart jobs left pending or running by a stopped process; returns how many."""
    with db.read() as cur:
        jobs = analysis_store.unfinished(cur)
    for case_id, submission_no in jobs:
        start(db, case_id, submission_no)
    return len(jobs)
