"""The job queue: runnable order and prerequisites, retries with back-off then failure, results
written with the job's completion, jobs left running picked up again."""
import pytest

from portal.jobs import dispatcher, inline, queue
from portal.jobs.handlers import Handler, register
from portal.jobs.pool import WorkerFailed

WRITES = []


@pytest.fixture(autouse=True)
def kinds(monkeypatch):
    WRITES.clear()
    monkeypatch.setenv("PORTAL_JOB_ATTEMPTS", "3")
    register("test", Handler("tests.jobs.tasks:sleep", lambda db, job: {"seconds": 0, "subject": job["subject"]},
                             lambda db, job, result: WRITES.append(("saved", job["subject"])),
                             lambda db, job, reason: WRITES.append(("gave up", job["subject"], reason))))


def _state(db, job_id):
    with db.read() as cur:
        return queue.get(cur, job_id)


def test_a_job_runs_only_after_the_jobs_it_waits_for(db):
    with db.transaction() as cur:
        first = queue.enqueue(cur, "test", "a")
        second = queue.enqueue(cur, "test", "b", after=[first])
    assert queue.claim(db, "w1")["id"] == first
    assert queue.claim(db, "w2") is None  # b waits for a
    with db.transaction() as cur:
        queue.done(cur, {"id": first, "kind": "test", "subject": "a"})
    assert queue.claim(db, "w2")["id"] == second


def test_a_failed_attempt_is_retried_after_a_back_off_then_fails_for_good(db):
    with db.transaction() as cur:
        job_id = queue.enqueue(cur, "test", "a")

    def broken(function, payload):
        raise WorkerFailed("读取进程被终止")
    for attempt in (1, 2):
        assert dispatcher.execute(db, queue.claim(db, "w", ignore_backoff=True), broken) == "queued"
        row = _state(db, job_id)
        assert (row["state"], row["attempts"], row["error"]) == ("queued", attempt, "读取进程被终止")
        assert row["not_before"] > row["finished_at"]
        assert queue.claim(db, "w") is None  # not before its back-off
    assert dispatcher.execute(db, queue.claim(db, "w", ignore_backoff=True), broken) == "failed"
    assert _state(db, job_id)["state"] == "failed"
    assert WRITES == [("gave up", "a", "读取进程被终止")]


def test_the_back_off_grows_with_each_failure(monkeypatch):
    monkeypatch.setenv("PORTAL_JOB_BACKOFF", "5")
    assert [queue.backoff(n).total_seconds() for n in (1, 2, 3)] == [5, 20, 80]


def test_a_result_is_written_with_the_job_done_and_not_at_all_when_saving_fails(db, monkeypatch):
    with db.transaction() as cur:
        job_id = queue.enqueue(cur, "test", "a")

    def bad_save(db_, job, result):
        with db_.transaction() as cur:
            cur.execute("UPDATE jobs SET worker = 'half-written' WHERE id = $id", {"id": job["id"]})
        raise OSError("disk full")
    register("test", Handler("tests.jobs.tasks:sleep", lambda db_, job: {}, bad_save, lambda *a: None))
    assert inline.run_inline(db) == 3  # every attempt, back-offs not waited for inline
    row = _state(db, job_id)
    assert row["state"] == "failed" and "disk full" in row["error"] and row["worker"] == "inline"


def test_jobs_left_running_by_a_stopped_portal_are_queued_again_without_losing_an_attempt(db):
    with db.transaction() as cur:
        job_id = queue.enqueue(cur, "test", "a")
    queue.claim(db, "w")
    assert _state(db, job_id)["state"] == "running"
    queue.recover(db)
    row = _state(db, job_id)
    assert (row["state"], row["attempts"]) == ("queued", 0)
    assert inline.run_inline(db) == 1 and WRITES == [("saved", "a")]


def test_waiting_on_many_jobs_asks_the_database_once_per_look_and_sees_each_state(db, monkeypatch):
    with db.transaction() as cur:
        ids = [queue.enqueue(cur, "test", f"s{i}") for i in range(300)]
    job = queue.claim(db, "w1")
    with db.transaction() as cur:
        queue.done(cur, job)
    running = queue.claim(db, "w2")  # running is still open
    with db.read() as cur:
        left = queue.still_open(cur, [*ids, "no-such-job"])
    assert job["id"] not in left and "no-such-job" not in left and running["id"] in left
    assert left == [i for i in ids if i != job["id"]]  # the caller's order kept

    looked = []
    real = queue.still_open
    monkeypatch.setattr(queue, "still_open", lambda cur, open_ids: looked.append(len(open_ids)) or real(cur, open_ids))
    assert inline.run_inline(db, until=ids[:5]) >= 4
    assert max(looked) == 5  # one query over the open jobs per look, not one per job
