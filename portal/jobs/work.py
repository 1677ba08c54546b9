"""The work a job does, as pure functions of picklable inputs: they run in a worker process (or a
Ray actor) and never touch the database. Workers run them by name ("portal.jobs.work:read")."""
from __future__ import annotations

import os
import tempfile


def read(payload: dict) -> dict:
    """`checks.extract_document` on a stored file ({"path"}) or on bytes ({"data", "name"})."""
    import checks

    if "data" in payload:
        suffix = os.path.splitext(payload.get("name") or "")[1][:8]
        with tempfile.NamedTemporaryFile(suffix=suffix) as fh:
            fh.write(payload["data"])
            fh.flush()
            result = checks.extract_document(fh.name, engine=payload.get("engine"))
    else:
        result = checks.extract_document(payload["path"], engine=payload.get("engine"))
    if payload.get("file") is not None:
        result["file"] = payload["file"]
        for finding in result["findings"]:
            finding["file"] = payload["file"]
    return result


def analyse(payload: dict) -> dict:
    """Document checks for a submission: files not read yet are read first; returns the findings
    of `checks.check_case` and the extractions made here (for the caller to keep)."""
    import checks

    made = {}
    for doc in payload["documents"]:
        if doc.get("extraction") is None:
            doc["extraction"] = checks.extract_document(doc["path"])
            made[doc["upload_id"]] = doc["extraction"]
    return {"rules": payload.get("rules", []), "extractions": made,
            "findings": checks.check_case(payload["subject"] | {"documents": payload["documents"]})}
