"""An upload returns at once with its reading queued; the dispatcher reads it in a worker and saves
the fields with the job; a killed worker leaves the job retried and nothing half-written; after the
last attempt the candidate and the reviewer see that the file needs a manual check."""
import dataclasses
import os
import signal
import time

import pytest

from portal.docgen import render
from portal.jobs import dispatcher, handlers, inline, queue
from portal.jobs.pool import Worker
from portal.jobs.worker import WorkerLimits
from portal.services.documents import attaching, reading_jobs
from portal.services.views import documents as documents_view
from tests.services.world import DECLARED


def _case(world):
    from portal.services.cases import submission
    case_id = world.changsha[0]
    me = world.candidate(case_id)
    submission.save_self_check(world.db, me, case_id, DECLARED)
    return case_id, me


def _pdf(world, case_id):
    person = world.cases[case_id]
    return render("work_proof", {"name": person["name"], "id_number": person["id_number"],
                                 "employer": "湖南建工集团有限公司", "work_start": "2010-08-01"}, fmt="pdf")


def _job(db, job_id):
    with db.read() as cur:
        return queue.get(cur, job_id)


def _extraction(world, me, case_id):
    doc = documents_view.draft_review(world.db, me, case_id)["slots"][1]["document"]
    return doc["extraction"], doc


@pytest.fixture
def real_files(monkeypatch):
    """Documents read from the stored files (the world's default source fakes them)."""
    from portal.services.cases import analysis_store
    from portal.services.documents import uploads
    monkeypatch.setattr(analysis_store, "_provider", lambda: uploads.document_for_analysis)


def test_an_upload_returns_with_its_reading_queued_and_is_read_by_the_queue(world, real_files):
    case_id, me = _case(world)
    info = attaching.attach_upload(world.db, me, case_id, slot="work_proof", filename="证明.pdf", data=_pdf(world, case_id))
    assert _job(world.db, info["job"])["state"] == "queued"
    extraction, doc = _extraction(world, me, case_id)
    assert extraction is None and doc["reading"]["label"] == "排队等待识别"
    assert inline.run_inline(world.db) == 1
    extraction, doc = _extraction(world, me, case_id)
    assert extraction["kind"] == "work_proof" and doc["reading"]["state"] == "done"
    assert documents_view.reading_progress(world.db, me, case_id)[0]["label"] == "识别完成"


def test_a_refused_file_writes_nothing_and_queues_nothing(world):
    from portal.domain.errors import InvalidInput
    case_id, me = _case(world)
    with pytest.raises(InvalidInput, match="未被接收"):
        attaching.attach_upload(world.db, me, case_id, slot="work_proof", filename="a.pdf", data=b"not a pdf")
    with world.db.read() as cur:
        assert queue.counts(cur) == {}


def test_a_worker_killed_mid_job_leaves_the_job_retried_and_nothing_half_written(world, real_files, monkeypatch):
    monkeypatch.setenv("PORTAL_JOB_BACKOFF", "0")
    slow = dataclasses.replace(handlers.HANDLERS["read"], function="tests.jobs.tasks:slow_read")
    monkeypatch.setitem(handlers.HANDLERS, "read", slow)
    case_id, me = _case(world)
    worker = Worker("w1", WorkerLimits(wall_seconds=60))
    running = dispatcher.Dispatcher(world.db, [worker], poll=0.1).start()
    try:
        info = attaching.attach_upload(world.db, me, case_id, slot="work_proof", filename="证明.pdf",
                                       data=_pdf(world, case_id))
        deadline = time.monotonic() + 30
        while (worker.pid is None or _job(world.db, info["job"])["state"] != "running") and time.monotonic() < deadline:
            time.sleep(0.05)
        first = worker.pid
        time.sleep(0.5)
        os.kill(first, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while _job(world.db, info["job"])["attempts"] < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert _job(world.db, info["job"])["error"] == "读取进程被终止"
        assert running.wait([info["job"]], timeout=60)
    finally:
        running.stop()
    job = _job(world.db, info["job"])
    assert (job["state"], job["attempts"]) == ("done", 2) and worker.pid != first
    assert _extraction(world, me, case_id)[0]["kind"] == "work_proof"


def test_a_file_that_fails_every_attempt_asks_the_candidate_and_reviewer_for_a_manual_check(world, real_files, monkeypatch):
    failing = dataclasses.replace(handlers.HANDLERS["read"], function="tests.jobs.tasks:fail")
    monkeypatch.setitem(handlers.HANDLERS, "read", failing)
    case_id, me = _case(world)
    info = attaching.attach_upload(world.db, me, case_id, slot="work_proof", filename="证明.pdf", data=_pdf(world, case_id))
    inline.run_inline(world.db)
    job = _job(world.db, info["job"])
    assert (job["state"], job["attempts"]) == ("failed", queue.max_attempts()) and "ValueError" in job["error"]
    extraction, doc = _extraction(world, me, case_id)
    assert doc["reading"]["label"] == "未能自动识别，请人工核对"
    assert any(f["message"] == "未能自动识别，请人工核对" for f in extraction["findings"])
    with world.db.read() as cur:
        assert reading_jobs.status(cur, info["id"])["state"] == "failed"


def test_the_reviewer_sees_the_failed_reading_with_the_case(world, real_files, monkeypatch):
    from portal.services.cases import submission
    from portal.services.views.cases import get_case
    failing = dataclasses.replace(handlers.HANDLERS["read"], function="tests.jobs.tasks:fail")
    monkeypatch.setitem(handlers.HANDLERS, "read", failing)
    case_id, me = _case(world)
    for slot in ("application_form", "work_proof", "chsi_record"):
        attaching.attach_upload(world.db, me, case_id, slot=slot, filename=f"{slot}.pdf", data=_pdf(world, case_id))
    assert submission.submit_case(world.db, me, case_id, background=False)["analysis"]["status"] == "done"
    findings = get_case(world.db, world.staff["cs1"], case_id)["findings"]
    assert sum(f["message"] == "未能自动识别，请人工核对" for f in findings) == 3
