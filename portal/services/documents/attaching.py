"""Putting a file into a case's slot: check the case, slot, state and owner, then store the file, read
its fields, attach it, and detach what the slot held before. A refused call stores nothing."""
from __future__ import annotations

import checks
from portal.services.cases import submission
from portal.services.documents import uploads
from portal.services.people.auth import Principal


def attach_upload(db, principal: Principal, case_id: int, *, slot: str, filename: str, data: bytes) -> dict:
    """Store the file, read its fields, put it in `slot` (the slot's earlier file is detached)."""
    submission.check_attachable(db, principal, case_id, slot=slot)
    info = uploads.upload(db, principal, filename=filename, data=data)
    with db.read() as cur:
        path = uploads.document_for_analysis(cur, info["id"])["path"]
    extraction = checks.extract_document(path)
    uploads.save_extraction(db, info["id"], extraction)
    before = [d for d in submission.documents(db, principal, case_id) if d["slot"] == slot and not d.get("carried_over")]
    submission.attach_document(db, principal, case_id, slot=slot, upload_id=info["id"])
    for old in before:
        if old["upload_id"] != info["id"]:
            submission.detach_document(db, principal, case_id, slot=slot, upload_id=old["upload_id"])
    return info | {"extraction": extraction}
