"""Storage side of the analysis: jobs with progress, inputs for the checks, findings with the case."""
from __future__ import annotations

from portal.store import audit, clock, rows

SYSTEM = {"actor": "system:analysis", "role": "system"}


def _provider():
    """How an upload id becomes {"file","path","extraction"}: the documents service's
    `portal.services.documents.uploads.document_for_analysis(cur, upload_id)`."""
    from portal.services.documents import uploads
    return uploads.document_for_analysis


def set_job(cur, case_id, submission_no, status, progress_value, message) -> None:
    cur.execute(rows.q("upsert_analysis_job"), {"case_id": case_id, "submission_no": submission_no,
                "status": status, "progress": progress_value, "message": message, "now": clock.now()})


def progress(db, case_id, submission_no, status, progress_value, message) -> None:
    with db.transaction() as cur:
        set_job(cur, case_id, submission_no, status, progress_value, message)


def load_case(cur, case_id: int) -> tuple[dict, dict]:
    case = rows.one(cur, "select_case", {"id": case_id})
    cand = rows.one(cur, "select_candidate", {"id": case["candidate_id"]})
    return case, {"name": cand["name"], "id_number": cand["id_number"], "phone": cand["phone"],
                  "gender": cand["gender"]}


def documents(db, case_id: int, submission_no: int) -> list[dict]:
    """The submission's files with their extraction (None for a file not read yet)."""
    provider = _provider()
    docs = []
    with db.read() as cur:
        attached = rows.many(cur, "select_case_documents", {"case_id": case_id, "submission_no": submission_no})
    for d in attached:
        with db.read() as cur:
            doc = dict(provider(cur, d["upload_id"]))
        docs.append({"file": doc["file"], "slot": d["slot"], "path": str(doc["path"]), "upload_id": d["upload_id"],
                     "extraction": doc["extraction"]})
    return docs


def save(db, case_id: int, submission_no: int, findings: list[dict]) -> None:
    """Store findings and flag the case when any finding fails or warns (a stale job is ignored)."""
    flags = sorted({f["code"] for f in findings if f["severity"] in ("fail", "warn")})
    with db.transaction() as cur:
        case = rows.one(cur, "select_case", {"id": case_id})
        if case["submission_no"] != submission_no:
            set_job(cur, case_id, submission_no, "done", 1.0, "已被新的提交取代")
            return
        cur.execute(rows.q("delete_case_findings"), {"case_id": case_id, "submission_no": submission_no})
        for f in findings:
            cur.execute(rows.q("insert_case_finding"), {
                "case_id": case_id, "submission_no": submission_no, "source": f["source"],
                "code": f["code"], "severity": f["severity"], "message": f["message"],
                "file": f.get("file"), "field": f.get("field"),
                "read": None if f.get("read") is None else str(f["read"]),
                "expected": None if f.get("expected") is None else str(f["expected"])})
        params = {"id": case_id, "flagged": bool(flags), "flags": ";".join(flags) or None}
        cur.execute(rows.q("update_case_flags"), params)
        cur.execute(rows.q("update_queue_flag"), {"case_id": case_id, "flagged": bool(flags)})
        set_job(cur, case_id, submission_no, "done", 1.0, f"分析完成：{len(findings)}条发现")
        audit.append(cur, **SYSTEM, action="analysis", entity="case", entity_id=case_id,
                     before={"flagged": case["flagged"], "flags": case["flags"]},
                     after={"flagged": bool(flags), "flags": params["flags"], "submission_no": submission_no,
                            "findings": len(findings)})


def job(cur, case_id: int, submission_no: int) -> dict | None:
    return rows.one(cur, "select_analysis_job", {"case_id": case_id, "submission_no": submission_no})


def findings(cur, case_id: int, submission_no: int) -> list[dict]:
    return rows.many(cur, "select_case_findings", {"case_id": case_id, "submission_no": submission_no})


def unfinished(cur) -> list[tuple[int, int]]:
    return [(r["case_id"], r["submission_no"]) for r in rows.many(cur, "select_unfinished_jobs")]


def unqueued(cur) -> list[tuple[int, int]]:
    """Analyses pending or running that have no job in the queue."""
    return [(r["case_id"], r["submission_no"]) for r in rows.many(cur, "select_unqueued_analyses")]
