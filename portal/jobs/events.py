"""The audit trail of job state changes: one sealed event per transition (queued, started, done,
retried, failed), appended in the transaction that changes the job row. Events carry the job's
kind, subject (an upload id or "<case id>:<submission no>"), attempt and worker, never file contents."""
from __future__ import annotations

from portal.store import audit

ACTOR = {"actor": "system:jobs", "role": "system"}


def record(cur, action: str, job: dict, before: str | None, after: str, **extra) -> None:
    """Append `job.<action>` for `job` moving from state `before` to `after`."""
    content = {"kind": job["kind"], "subject": str(job["subject"]), "state": after} | {
        k: v for k, v in extra.items() if v is not None}
    audit.append(cur, **ACTOR, action=f"job.{action}", entity="job", entity_id=job["id"],
                 before=None if before is None else {"state": before}, after=content)
