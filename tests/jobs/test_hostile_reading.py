"""Hostile files that reach a worker are read within its limits (or fail their job cleanly): a PDF
of 50 blank pages costs renders, not OCR; a giant page renders within the pixel budget."""
import pytest

from portal.jobs.pool import Worker, worker_env
from portal.jobs.worker import WorkerLimits
from tests.uploads import hostile


@pytest.fixture(scope="module")
def worker():
    w = Worker("hostile", WorkerLimits(memory_bytes=1536 * 2**20, cpu_seconds=60, wall_seconds=60), env=worker_env())
    yield w
    w.stop()


def test_a_pdf_of_50_blank_pages_is_read_in_seconds_not_minutes(worker, tmp_path):
    path = tmp_path / "blank.pdf"
    path.write_bytes(hostile.blank_pages_pdf(50))
    result = worker.run("portal.jobs.work:read", {"path": str(path), "file": "blank.pdf"})
    assert result["kind"] == "unknown" and result["file"] == "blank.pdf"
    assert sum(f["code"] == "blank_page" for f in result["findings"]) == 50


def test_a_giant_page_that_passed_validation_renders_within_the_memory_limit(worker, tmp_path):
    path = tmp_path / "giant.pdf"
    path.write_bytes(hostile.giant_page_pdf())
    result = worker.run("portal.jobs.work:read", {"path": str(path)})
    assert result["kind"] == "unknown"
    assert any(f["code"] == "blank_page" for f in result["findings"])



def test_three_56_megapixel_frames_are_read_one_at_a_time_within_the_memory_limit(worker, tmp_path):
    path = tmp_path / "huge.tif"
    path.write_bytes(hostile.huge_tiff(3))
    assert worker.run("portal.jobs.work:read", {"path": str(path)})["kind"] == "unknown"
