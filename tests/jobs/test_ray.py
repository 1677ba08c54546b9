"""`portal extract FILES --json --ray` reads on a local 2-CPU Ray (started for the run) and prints
exactly what the local pool prints, bad files included."""
import json
import os
from pathlib import Path

import pytest

from portal.cli import main
from portal.docgen import render
from tests.checks.case_factory import BASE, PERSON
from tests.checks.test_extract_command import _files

ray = pytest.importorskip("ray")


@pytest.fixture
def local_ray():
    yield
    ray.shutdown()


def _lines(capsys, argv):
    assert main(argv) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


@pytest.mark.slow
def test_output_through_ray_equals_the_local_output(tmp_path, capsys, local_ray):
    scan = tmp_path / "报名表.png"
    scan.write_bytes(render("application_form", {**PERSON, **BASE}))  # an image: read by OCR
    files = [str(f) for f in _files(tmp_path)] + [str(scan)]
    local = _lines(capsys, ["extract", *files, "--json"])
    on_ray = _lines(capsys, ["extract", *files, "--json", "--ray"])
    assert on_ray == local
    assert [r["kind"] for r in on_ray][-1] == "application_form" and on_ray[-1]["source"] == "ocr"


def test_ray_files_named_right_after_the_flag_are_files_not_an_address(tmp_path, capsys, local_ray, monkeypatch):
    from portal.services.documents import reading
    seen = {}
    monkeypatch.setattr(reading, "_on_ray", lambda files, engine, address: seen.update(files=files, address=address) or iter(()))
    path = tmp_path / "a.pdf"
    path.write_bytes(render("chsi_record", {**PERSON, **BASE}, fmt="pdf"))
    assert main(["extract", "--ray", str(path), "--json"]) == 0
    assert seen == {"files": [str(path)], "address": "local"}


@pytest.mark.slow
def test_with_portal_ray_address_set_the_dispatcher_reads_uploads_on_ray(db, tmp_path, monkeypatch, local_ray):
    from portal.jobs import dispatcher, queue
    from portal.services import processing, system
    from portal.services.documents import reading_jobs, uploads
    monkeypatch.setenv("PORTAL_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("PORTAL_RAY_ADDRESS", "local")
    monkeypatch.setenv("PORTAL_RAY_ACTORS", "1")
    data = render("chsi_record", {**PERSON, **BASE}, fmt="pdf")
    up = uploads.upload(db, system.operator(), filename="备案表.pdf", data=data)
    with db.transaction() as cur:
        job_id = reading_jobs.enqueue(cur, up["id"])
    executors = processing.executors()
    assert [type(e).__name__ for e in executors] == ["RayExecutor"]
    running = dispatcher.Dispatcher(db, executors, poll=0.1).start()
    try:
        assert running.wait([job_id], timeout=120)
    finally:
        running.stop()
    with db.read() as cur:
        assert queue.get(cur, job_id)["worker"] == "ray-0"
        found = uploads.document_for_analysis(cur, up["id"])["extraction"]
    assert found["kind"] == "chsi_record" and found["fields"]["graduation_date"] == "2012-06-30"


@pytest.mark.slow
def test_ray_readers_work_under_the_local_workers_limits(local_ray):
    from ray.exceptions import RayTaskError

    from portal.jobs import ray_pool
    from portal.jobs.worker import WorkerLimits
    ray_pool.connect(None)
    [actor] = ray_pool.actors(1, WorkerLimits(memory_bytes=600 * 2**20, cpu_seconds=2, wall_seconds=60))

    def outcome(function, payload):
        try:
            return ray.get(actor.run.remote("tests.jobs.tasks:" + function, payload))
        except RayTaskError as exc:
            return ray_pool._failure(exc).reason
    first = outcome("sleep", {"seconds": 0})["pid"]
    limits = Path(f"/proc/{first}/limits").read_text()
    assert [ln.split()[3] for ln in limits.splitlines() if ln.startswith("Max address space")] == [str(600 * 2**20)]
    assert os.getpriority(os.PRIO_PROCESS, first) > os.getpriority(os.PRIO_PROCESS, 0)
    assert outcome("allocate", {"megabytes": 1500}) == "读取超出内存上限（600 MB）"
    assert outcome("spin", {"seconds": 30}) == "读取超出 CPU 时间上限（2 秒）"
    again = outcome("sleep", {"seconds": 0})  # a fresh bounded worker after each failure
    assert again["slept"] == 0 and again["pid"] != first
