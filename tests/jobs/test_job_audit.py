"""Every state change of a job is one sealed audit event, written in the transaction that changes
the job row: queued, started, done; retried and failed after a failed attempt; retried when a
stopped portal left it running. The chain still verifies."""
import pytest

from portal.jobs import dispatcher, inline, queue
from portal.jobs.handlers import Handler, register
from portal.jobs.pool import WorkerFailed
from portal.store import audit


@pytest.fixture(autouse=True)
def kinds(monkeypatch):
    monkeypatch.setenv("PORTAL_JOB_ATTEMPTS", "2")
    register("test", Handler("tests.jobs.tasks:sleep", lambda db, job: {"seconds": 0},
                             lambda db, job, result: None, lambda db, job, reason: None))


def _trail(db, job_id):
    with db.read() as cur:
        return [(e["action"], (e["before"] or {}).get("state"), e["after"]["state"])
                for e in audit.trail(cur, "job", job_id)]


def _verified(db):
    with db.read() as cur:
        count, problem = audit.verify(cur)
    assert problem is None
    return count


def test_a_job_that_succeeds_leaves_queued_started_done_and_the_chain_verifies(db):
    with db.transaction() as cur:
        job_id = queue.enqueue(cur, "test", "upload-1")
    assert inline.run_inline(db) == 1
    assert _trail(db, job_id) == [("job.queued", None, "queued"), ("job.started", "queued", "running"),
                                  ("job.done", "running", "done")]
    with db.read() as cur:
        started = audit.trail(cur, "job", job_id)[1]
    assert started["actor"] == "system:jobs" and started["after"] == {
        "kind": "test", "subject": "upload-1", "state": "running", "attempt": 1, "worker": "inline"}
    assert _verified(db) == 3


def test_a_failing_job_is_retried_then_failed_one_event_per_transition(db):
    with db.transaction() as cur:
        job_id = queue.enqueue(cur, "test", "upload-2")

    def broken(function, payload):
        raise WorkerFailed("读取进程被终止")
    for _ in range(2):
        dispatcher.execute(db, queue.claim(db, "w", ignore_backoff=True), broken)
    trail = _trail(db, job_id)
    assert [a for a, _, _ in trail] == ["job.queued", "job.started", "job.retried", "job.started", "job.failed"]
    with db.read() as cur:
        failed = audit.trail(cur, "job", job_id)[-1]["after"]
    assert failed["error"] == "读取进程被终止" and failed["attempt"] == 2
    assert _verified(db) == 5


def test_a_rolled_back_enqueue_leaves_no_event(db):
    with pytest.raises(RuntimeError), db.transaction() as cur:
        job_id = queue.enqueue(cur, "test", "upload-3")
        raise RuntimeError("upload refused later in the transaction")
    assert _trail(db, job_id) == [] and _verified(db) == 0


def test_an_idle_claim_writes_nothing_and_a_recovered_job_is_recorded_once(db):
    assert queue.claim(db, "w") is None and _verified(db) == 0
    with db.transaction() as cur:
        job_id = queue.enqueue(cur, "test", "upload-4")
    queue.claim(db, "w")
    queue.recover(db)
    queue.recover(db)  # nothing running any more: no second event
    assert [a for a, _, _ in _trail(db, job_id)] == ["job.queued", "job.started", "job.retried"]
    assert _verified(db) == 3
