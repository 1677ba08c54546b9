"""The jobs table: enqueue, claim the next runnable job, record done / retry / failed, and pick up
what a stopped portal left running. Functions taking `cur` join the caller's transaction; each state
change appends its audit event (`events`) in the same transaction."""
from __future__ import annotations

import datetime as dt
import os
import secrets

from portal.jobs import events
from portal.store import clock, rows

FAILED_REASON = "未能自动识别，请人工核对"  # what the candidate and the reviewer see after the last attempt
INTERRUPTED = "门户停止时仍在识别，已重新排队"  # a job a stopped portal left running


def max_attempts() -> int:
    """PORTAL_JOB_ATTEMPTS (default 3): attempts before a job stays failed."""
    return max(1, int(os.environ.get("PORTAL_JOB_ATTEMPTS", 3)))


def backoff(attempts: int) -> dt.timedelta:
    """Wait before the next attempt: PORTAL_JOB_BACKOFF seconds (default 5), times 4 per earlier failure."""
    base = float(os.environ.get("PORTAL_JOB_BACKOFF", 5))
    return dt.timedelta(seconds=base * 4 ** max(attempts - 1, 0))


def enqueue(cur, kind: str, subject: str, *, after: list[str] | tuple = ()) -> str:
    job_id = secrets.token_hex(12)
    cur.execute(rows.q("insert_job"), {"id": job_id, "kind": kind, "subject": str(subject), "now": clock.now(),
                                       "max_attempts": max_attempts(), "after_ids": list(after) or None})
    events.record(cur, "queued", {"id": job_id, "kind": kind, "subject": subject}, None, "queued",
                  waits_for=list(after) or None)
    return job_id


def claim(db, worker: str, *, ignore_backoff: bool = False) -> dict | None:
    """The oldest runnable job, now marked running by `worker`; None when nothing is runnable. The
    look-up runs outside the write lock (an idle dispatcher's polls never hold it); the claim itself
    is a conditional update, so two threads never take the same job."""
    for _ in range(5):
        now = clock.now()
        horizon = now + dt.timedelta(days=3650) if ignore_backoff else now
        with db.read() as cur:
            job = rows.one(cur, "select_next_job", {"now": horizon})
        if job is None:
            return None
        with db.transaction() as cur:
            taken = cur.execute(rows.q("update_job_running"), {"id": job["id"], "worker": worker, "now": now}).fetchone()
            if taken and taken[0] == 1:
                job = job | {"attempts": job["attempts"] + 1, "worker": worker}
                events.record(cur, "started", job, "queued", "running", attempt=job["attempts"], worker=worker)
                return job
    return None


def done(cur, job: dict) -> None:
    cur.execute(rows.q("update_job_done"), {"id": job["id"], "now": clock.now()})
    events.record(cur, "done", job, "running", "done", attempt=job.get("attempts"))


def retry_or_fail(cur, job: dict, error: str) -> str:
    """Queue the job again after its back-off, or fail it for good after its last attempt."""
    now = clock.now()
    if job["attempts"] < job["max_attempts"]:
        not_before = now + backoff(job["attempts"])
        cur.execute(rows.q("update_job_retry"), {"id": job["id"], "now": now, "error": error, "not_before": not_before})
        events.record(cur, "retried", job, "running", "queued", attempt=job["attempts"], error=error,
                      not_before=not_before)
        return "queued"
    cur.execute(rows.q("update_job_failed"), {"id": job["id"], "now": now, "error": error})
    events.record(cur, "failed", job, "running", "failed", attempt=job["attempts"], error=error)
    return "failed"


def recover(db) -> None:
    """Jobs a stopped portal left running are queued again (the interrupted attempt not counted)."""
    with db.transaction() as cur:
        left = rows.many(cur, "select_running_jobs")
        cur.execute(rows.q("update_jobs_interrupted"), {"now": clock.now()})
        for job in left:
            events.record(cur, "retried", job, "running", "queued", attempt=job["attempts"],
                          error=INTERRUPTED)


def get(cur, job_id: str) -> dict | None:
    return rows.one(cur, "select_job", {"id": job_id})


def still_open(cur, job_ids: list[str]) -> list[str]:
    """The jobs of `job_ids` not yet done or failed (an unknown id counts as finished), in one query."""
    if not job_ids:
        return []
    found = {r[0] for r in cur.execute(rows.q("select_open_job_ids"), {"ids": list(job_ids)}).fetchall()}
    return [j for j in job_ids if j in found]


def latest(cur, kind: str, subject) -> dict | None:
    return rows.one(cur, "select_latest_job", {"kind": kind, "subject": str(subject)})


def counts(cur) -> dict[tuple[str, str], int]:
    return {(r["kind"], r["state"]): r["n"] for r in rows.many(cur, "select_job_counts")}
