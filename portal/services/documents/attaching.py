"""Putting a file into a case's slot: the case, slot and state are checked first, then the file is
validated and stored, then recorded, attached (the slot's earlier file detached) and its reading
queued in one transaction. It returns at once; the dispatcher reads the file in a worker."""
from __future__ import annotations

from portal.jobs import inline
from portal.services.cases import submission
from portal.services.documents import reading_jobs, uploads
from portal.services.people.auth import Principal


def attach_upload(db, principal: Principal, case_id: int, *, slot: str, filename: str, data: bytes) -> dict:
    """Store the file, put it in `slot` and queue its reading; returns the upload and its job id."""
    from portal.services import processing  # noqa: F401 - every job kind registered before jobs run
    submission.check_attachable(db, principal, case_id, slot=slot)
    accepted = uploads.accept(db, principal, filename=filename, data=data)
    with db.transaction() as cur:
        before = [d for d in submission.documents(db, principal, case_id)
                  if d["slot"] == slot and not d.get("carried_over")]
        info = uploads.record(db, principal, accepted)
        submission.attach_document(db, principal, case_id, slot=slot, upload_id=info["id"])
        for old in before:
            submission.detach_document(db, principal, case_id, slot=slot, upload_id=old["upload_id"])
        job_id = reading_jobs.enqueue(cur, info["id"])
    inline.settle(db, [job_id], wait=False)
    return info | {"job": job_id}
