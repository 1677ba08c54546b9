"""On submission the rules and the document checks run in the background, with progress, and
their findings are stored with the case and flag it in the queue."""
import pytest

from portal.services.cases import analysis_store, queue, submission
from portal.services.views.cases import get_case
from tests.services.world import DECLARED, SLOTS


def test_a_self_check_names_the_unmet_condition_and_the_materials_required(world):
    case_id = world.changsha[0]
    me = world.candidate(case_id)
    verdict = submission.save_self_check(world.db, me, case_id, DECLARED | {"work_start": "2020-03-01"})
    assert verdict["eligible"] is False and verdict["reasons"]
    assert verdict["required_kinds"] == list(SLOTS)
    good = submission.save_self_check(world.db, me, case_id, DECLARED)
    assert good["eligible"] is True and good["counted_years"] >= good["required_years"]


def test_a_bad_self_check_date_is_refused_naming_the_field(world):
    from portal.domain.errors import InvalidInput
    case_id = world.changsha[0]
    with pytest.raises(InvalidInput, match="毕业日期填写有误.*不是有效日期"):
        submission.save_self_check(world.db, world.candidate(case_id), case_id, DECLARED | {"graduation_date": "2010/7/1"})


def test_rule_and_document_findings_are_stored_and_flag_the_case(world):
    case_id = world.changsha[0]
    me = world.prepare(case_id)
    submission.save_self_check(world.db, me, case_id, DECLARED | {"work_start": "2020-03-01"})
    future = submission.submit_case(world.db, me, case_id)["analysis"]
    future.result(timeout=60)
    view = get_case(world.db, world.staff["cs1"], case_id)
    assert view["analysis"]["status"] == "done" and view["analysis"]["progress"] == 1.0
    sources = {f["source"] for f in view["findings"]}
    assert sources == {"rules", "checks"}
    assert view["flagged"] and view["findings"][0]["severity"] == "fail"
    row = queue.queue_page(world.db, world.staff["cs1"])["rows"][0]
    assert row["case_id"] == case_id and row["flagged"] is True


def test_real_documents_are_read_and_a_wrong_name_is_found(world, tmp_path, monkeypatch):
    from portal.docgen import render
    case_id = world.changsha[0]
    person = world.cases[case_id]
    paths = {}
    for slot in SLOTS:
        name = "王某某" if slot == "work_proof" else person["name"]
        fields = {"name": name, "id_number": person["id_number"], "phone": person["phone"],
                  "employer": "湖南建工集团有限公司", "exam": "economics"}
        paths[slot] = tmp_path / f"{slot}.pdf"
        paths[slot].write_bytes(render(slot, fields, fmt="pdf"))

    def provider(cur, upload_id):
        slot = world.uploaded[upload_id][1]
        return {"file": paths[slot].name, "path": paths[slot], "extraction": None}
    monkeypatch.setattr(analysis_store, "_provider", lambda: provider)
    world.submit(case_id)
    findings = get_case(world.db, world.staff["cs1"], case_id)["findings"]
    assert any(f["code"] == "name_mismatch" and f["file"] == "work_proof.pdf" and f["read"] == "王某某"
               for f in findings), findings


def test_a_failing_document_reader_is_shown_to_the_reviewer_not_hidden(world, monkeypatch):
    def broken(cur, upload_id):
        raise OSError("文件丢失")
    monkeypatch.setattr(analysis_store, "_provider", lambda: broken)
    case_id = world.changsha[0]
    world.submit(case_id)
    view = get_case(world.db, world.staff["cs1"], case_id)
    assert any(f["code"] == "checks_failed" and "文件丢失" in f["message"] for f in view["findings"])
    assert view["flagged"]


def test_an_analysis_waits_for_the_reading_of_its_files(world):
    from portal.jobs import queue
    from portal.services.documents import reading_jobs
    case_id = world.changsha[0]
    me = world.prepare(case_id)
    with world.db.transaction() as cur:
        read_id = reading_jobs.enqueue(cur, next(iter(world.uploaded)))
    submission.submit_case(world.db, me, case_id, background=False)
    with world.db.read() as cur:
        read = queue.get(cur, read_id)
        analyse = queue.get(cur, queue.latest(cur, "analyse", f"{case_id}:1")["id"])
    assert analyse["after_ids"] == [read_id] and read["state"] == analyse["state"] == "done"
    assert read["finished_at"] <= analyse["started_at"]


def test_an_analysis_that_fails_every_attempt_flags_the_case_for_a_manual_check(world, monkeypatch):
    import dataclasses

    from portal.jobs import handlers
    failing = dataclasses.replace(handlers.HANDLERS["analyse"], function="tests.jobs.tasks:fail")
    monkeypatch.setitem(handlers.HANDLERS, "analyse", failing)
    case_id = world.changsha[0]
    job = world.submit(case_id)["analysis"]
    assert (job["status"], job["message"]) == ("error", "未能自动识别，请人工核对")
    view = get_case(world.db, world.staff["cs1"], case_id)
    assert view["flagged"] and any(f["code"] == "checks_failed" and f["message"] == "未能自动识别，请人工核对"
                                   for f in view["findings"])


def test_analyses_left_unfinished_are_queued_again_at_start(world):
    from portal.jobs import queue
    from portal.services import processing
    case_id = world.changsha[0]
    world.prepare(case_id)
    with world.db.transaction() as cur:  # recorded as pending by an older portal, no job in the queue
        analysis_store.set_job(cur, case_id, 1, "pending", 0.0, "等待分析")
    processing.resume(world.db)
    with world.db.read() as cur:
        assert analysis_store.unfinished(cur) == [(case_id, 1)]
        assert queue.latest(cur, "analyse", f"{case_id}:1")["state"] == "queued"
