"""portal.services.documents.uploads: a file is stored complete and recorded with its audit event, or not at all."""
import os
from pathlib import Path

import pytest

from portal.docgen import render
from portal.domain.errors import InvalidInput, PermissionDenied
from portal.services.documents import uploads
from portal.services.people.auth import Principal
from portal.store import audit, rows
from portal.store.db import Database
from portal.uploads import stored_path

ALICE = Principal(user_id=11, role="candidate", cities=("4301",), display_name="考生甲", candidate_id=1)
BOB = Principal(user_id=12, role="candidate", cities=("4301",), display_name="考生乙", candidate_id=2)
REVIEWER = Principal(user_id=21, role="reviewer", cities=("4301",), display_name="审核员")
PDF = render("chsi_record", {"name": "周敏", "gender": "女", "graduation_date": "2014-06-30"}, fmt="pdf")


@pytest.fixture
def db(tmp_path):
    database = Database(tmp_path)
    database.migrate()
    yield database
    database.close()


def _count(db, table):
    with db.read() as cur:
        return cur.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # table name is a test constant


def _stored_files(db):
    return [p for p in (db.home / "uploads").rglob("*") if p.is_file()] if (db.home / "uploads").exists() else []


def test_an_accepted_upload_is_stored_under_its_hash_and_recorded_with_an_audit_event(db):
    got = uploads.upload(db, ALICE, filename="学历备案表.pdf", data=PDF)
    assert (got["type"], got["pages"], got["size"]) == ("pdf", 1, len(PDF))
    assert stored_path(db.home, got["sha256"]).read_bytes() == PDF
    with db.read() as cur:
        row = rows.one(cur, "select_upload", {"id": got["id"]})
        trail = audit.trail(cur, "upload", got["id"])
        assert audit.verify(cur)[1] is None
    assert (row["original_name"], row["detected_type"], row["uploader_id"]) == ("学历备案表.pdf", "pdf", 11)
    assert [e["action"] for e in trail] == ["upload"]


def test_a_rejected_upload_stores_nothing_and_records_nothing(db):
    with pytest.raises(InvalidInput) as info:
        uploads.upload(db, ALICE, filename="备案表.png", data=PDF)
    assert "扩展名与内容不符" in info.value.message
    assert _count(db, "uploads") == 0 and _count(db, "audit_log") == 0 and _stored_files(db) == []


def test_the_same_bytes_uploaded_twice_are_stored_once_and_recorded_twice(db):
    a = uploads.upload(db, ALICE, filename="a.pdf", data=PDF)
    b = uploads.upload(db, BOB, filename="b.pdf", data=PDF)
    assert a["id"] != b["id"] and a["sha256"] == b["sha256"]
    assert len(_stored_files(db)) == 1 and _count(db, "uploads") == 2


def test_a_failure_inside_the_transaction_leaves_no_record_and_no_audit_event(db, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk full")
    monkeypatch.setattr(audit, "append", broken)
    with pytest.raises(RuntimeError):
        uploads.upload(db, ALICE, filename="a.pdf", data=PDF)
    assert _count(db, "uploads") == 0 and _count(db, "audit_log") == 0


def test_a_crash_while_writing_leaves_no_file_under_the_content_address(db, monkeypatch):
    def crash(fd):
        raise OSError("power lost")
    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(OSError):
        uploads.upload(db, ALICE, filename="a.pdf", data=PDF)
    assert _stored_files(db) == [] and _count(db, "uploads") == 0


def test_only_the_uploader_reads_an_upload_no_case_holds(db):
    got = uploads.upload(db, ALICE, filename="a.pdf", data=PDF)
    assert uploads.get_upload(db, ALICE, got["id"])["data"] == PDF
    for other in (BOB, REVIEWER, None):  # staff reach a file only through a case of their city
        with pytest.raises(PermissionDenied):
            uploads.get_upload(db, other, got["id"])


def test_the_analysis_gets_the_stored_path_and_the_cached_extraction(db):
    got = uploads.upload(db, ALICE, filename="备案表.pdf", data=PDF)
    with db.read() as cur:
        doc = uploads.document_for_analysis(cur, got["id"])
    assert doc["file"] == "备案表.pdf" and Path(doc["path"]).read_bytes() == PDF and doc["extraction"] is None
    uploads.save_extraction(db, got["id"], {"kind": "chsi_record", "fields": {"name": "周敏"}})
    with db.read() as cur:
        assert uploads.document_for_analysis(cur, got["id"])["extraction"]["kind"] == "chsi_record"
