"""Reading an upload is a job of the queue: the file is read in a worker and its extraction saved
with the job's completion; after the last failed attempt the file carries a finding that asks for
a manual check, which the candidate and the reviewer both see."""
from __future__ import annotations

from portal.jobs import queue
from portal.jobs.handlers import Finished, Handler, register
from portal.services.documents import uploads
from portal.store import rows

STATES = {"queued": "排队等待识别", "running": "正在识别", "done": "识别完成", "failed": queue.FAILED_REASON}


def enqueue(cur, upload_id: str) -> str:
    return queue.enqueue(cur, "read", upload_id)


def failed_extraction(file: str, reason: str) -> dict:
    finding = {"code": "reading_failed", "severity": "warn", "message": queue.FAILED_REASON, "file": file,
               "field": None, "read": None, "expected": None}
    return {"file": file, "kind": "unknown", "fields": {}, "source": "ocr", "confidence": {},
            "findings": [finding], "failed": reason}


def status(cur, upload_id: str) -> dict | None:
    """{"state", "label", "attempts", "error"} of the file's latest reading job, or None."""
    job = queue.latest(cur, "read", upload_id)
    if job is None:
        return None
    return {"state": job["state"], "label": STATES[job["state"]], "attempts": job["attempts"],
            "error": job["error"]}


def _load(db, job):
    with db.read() as cur:
        row = rows.one(cur, "select_upload", {"id": job["subject"]})
        if row is None or row["extraction_json"]:
            return Finished(None)  # gone, or read already
        doc = uploads.document_for_analysis(cur, job["subject"])
    return {"path": doc["path"], "file": doc["file"]}


def _save(db, job, result) -> None:
    if result is not None:
        uploads.save_extraction(db, job["subject"], result)


def _give_up(db, job, reason: str) -> None:
    with db.read() as cur:
        row = rows.one(cur, "select_upload", {"id": job["subject"]})
    if row is not None and not row["extraction_json"]:
        uploads.save_extraction(db, job["subject"], failed_extraction(row["original_name"], reason))


register("read", Handler("portal.jobs.work:read", _load, _save, _give_up))
