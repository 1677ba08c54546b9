"""The portal process keeps nothing per document read: reading jobs go through the real dispatcher and
the real result-writing path (a recorded reading stands in for the worker) and the Python memory
still allocated afterwards does not grow with the number of documents; DuckDB's memory limit is a
setting of the portal."""
import gc
import tracemalloc

import pytest

from portal.docgen import render
from portal.jobs.dispatcher import Dispatcher
from portal.services import system
from portal.services.documents import reading_jobs, uploads
from portal.store.db import Database

FIELDS = {"name": "王某李", "id_number": "430103199205063526", "phone": "13900000001", "employer": "长沙银行股份有限公司"}


class Recorded:
    """A worker slot answering every reading job at once with one real reading."""
    name = "recorded"

    def __init__(self, reading: dict):
        self.reading = reading

    def run(self, function: str, payload: dict) -> dict:
        return self.reading | {"file": payload["file"],
                               "findings": [f | {"file": payload["file"]} for f in self.reading["findings"]]}

    def stop(self) -> None:
        pass


def _upload(db, pdf: bytes, n: int) -> list[str]:
    return [uploads.upload(db, system.operator(), filename=f"form{i}.pdf", data=pdf + b"\n%" + str(i).encode())["id"]
            for i in range(n)]


def _read(db, dispatcher, upload_ids: list[str]) -> None:
    ids = []
    for upload_id in upload_ids:
        with db.transaction() as cur:
            ids.append(reading_jobs.enqueue(cur, upload_id))
        dispatcher.notify()
    assert dispatcher.wait(ids, timeout=120)


def _blocks() -> int:
    gc.collect()
    return sum(stat.count for stat in tracemalloc.take_snapshot().statistics("filename"))


@pytest.mark.slow
def test_the_portal_process_keeps_no_python_memory_per_document_read(tmp_path):
    import checks
    pdf = render("application_form", FIELDS, fmt="pdf")
    (tmp_path / "probe.pdf").write_bytes(pdf)
    reading = checks.extract_document(str(tmp_path / "probe.pdf"))
    db = Database(tmp_path / "portal")
    db.migrate()
    dispatcher = Dispatcher(db, [Recorded(reading)], poll=0.05).start()
    try:
        # the uploads are stored first: what is measured is the reading, from job to saved result
        files = _upload(db, pdf, 140)
        _read(db, dispatcher, files[:20])  # imports, caches and the first transactions warmed
        tracemalloc.start()
        try:
            before = _blocks()
            _read(db, dispatcher, files[20:])
            grown = _blocks() - before
        finally:
            tracemalloc.stop()
        with db.read() as cur:
            saved = cur.execute("SELECT count(*) FROM uploads WHERE extraction_json IS NOT NULL").fetchone()[0]
    finally:
        dispatcher.stop()
        db.close()
    assert saved == 140
    # one result, job or event kept per document would be 120 blocks or more
    assert grown < 40, f"{grown} Python memory blocks still allocated after 120 documents"


def test_duckdbs_memory_limit_in_the_portal_process_is_a_setting(tmp_path, monkeypatch):
    monkeypatch.setenv("PORTAL_DUCKDB_MEMORY", "64MB")
    limited = Database(tmp_path / "limited")
    monkeypatch.delenv("PORTAL_DUCKDB_MEMORY")
    default = Database(tmp_path / "default")
    try:
        with limited.read() as a, default.read() as b:
            shown = [cur.execute("SELECT current_setting('memory_limit')").fetchone()[0] for cur in (a, b)]
    finally:
        limited.close()
        default.close()
    assert shown[0] == "61.0 MiB"  # DuckDB shows 64 MB in MiB
    assert shown[1] != shown[0]
