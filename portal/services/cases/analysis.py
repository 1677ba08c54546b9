"""Analysis on submission: `rules.evaluate` on the declared self-check and `checks.check_case` on
the submitted documents, a job of the queue (`analysis_job`) with progress; findings are stored
with the case."""
from __future__ import annotations

import json

from portal.domain import declared as domain_declared
from portal.jobs import inline, queue
from portal.services.cases import analysis_store


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


def create_job(cur, case_id: int, submission_no: int) -> str:
    """Record the analysis as pending and queue its job after the files' reading jobs."""
    from portal.services.cases import analysis_job
    analysis_store.set_job(cur, case_id, submission_no, "pending", 0.0, "等待分析")
    return analysis_job.enqueue(cur, case_id, submission_no)


class Pending:
    """A queued analysis: `result(timeout)` waits for it and returns its status."""

    def __init__(self, db, case_id: int, submission_no: int, job_id: str):
        self.db, self.case_id, self.submission_no, self.job_id = db, case_id, submission_no, job_id

    def result(self, timeout: float | None = None) -> dict:
        inline.settle(self.db, [self.job_id], wait=True, timeout=timeout)
        return status(self.db, self.case_id, self.submission_no)


def start(db, case_id: int, submission_no: int, *, background: bool = True) -> Pending | dict:
    """Hand the queued analysis to the dispatcher; with background=False wait for it to finish
    (run in this process when no dispatcher runs) and return its status."""
    from portal.services import processing  # noqa: F401 - every job kind registered before jobs run
    from portal.services.cases import analysis_job
    with db.read() as cur:
        job = queue.latest(cur, "analyse", analysis_job.subject(case_id, submission_no))
    if job is None:
        with db.transaction() as cur:
            job = {"id": create_job(cur, case_id, submission_no)}
    pending = Pending(db, case_id, submission_no, job["id"])
    if not background:
        return pending.result()
    inline.settle(db, [job["id"]], wait=False)
    return pending


def status(db, case_id: int, submission_no: int) -> dict:
    with db.read() as cur:
        return analysis_store.job(cur, case_id, submission_no)
