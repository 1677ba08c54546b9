"""Upload actions: accept a file (validated, stored content-addressed, recorded with an audit event
in one transaction), read it back, and hand it to the analysis with its cached extraction."""
from __future__ import annotations

import json
import secrets
from pathlib import Path

from portal.config import portal_home
from portal.domain.errors import InvalidInput, NotFound, PermissionDenied
from portal.services.people.auth import Principal, require_role
from portal.store import audit, clock, rows
from portal.uploads import Limits, Rejected, store, stored_path, validate


def upload(db, principal: Principal, *, filename: str, data: bytes, limits: Limits | None = None) -> dict:
    """Store one uploaded file; returns {id, name, size, type, pages, sha256}. Bad files raise InvalidInput."""
    return record(db, principal, accept(db, principal, filename=filename, data=data, limits=limits))


def accept(db, principal: Principal, *, filename: str, data: bytes, limits: Limits | None = None) -> dict:
    """Validate the bytes and store them content-addressed (no row yet); bad files raise InvalidInput."""
    require_role(principal, "candidate", "reviewer", "admin")
    try:
        accepted = validate(filename, data, limits)
    except Rejected as exc:
        raise InvalidInput(f"文件“{_shown(filename)}”未被接收：{exc.message}") from exc
    # the bytes are complete on disk before the row that points at them is committed
    sha256, _ = store(files_home(db.home), data)
    return {"id": secrets.token_hex(16), "sha256": sha256, "original_name": accepted.name,
            "size_bytes": accepted.size, "detected_type": accepted.type, "pages": accepted.pages}


def record(db, principal: Principal, accepted: dict) -> dict:
    """The row and audit event of an accepted file (joins the caller's transaction)."""
    require_role(principal, "candidate", "reviewer", "admin")
    record = accepted | {"uploader_id": principal.user_id, "uploader_role": principal.role, "uploaded_at": clock.now()}
    with db.transaction() as cur:
        cur.execute(rows.q("insert_upload"), record)
        audit.append(cur, actor=str(principal.user_id), role=principal.role, action="upload", entity="upload",
                     entity_id=record["id"], before=None,
                     after={k: record[k] for k in ("sha256", "original_name", "size_bytes", "detected_type", "pages")})
    return {"id": record["id"], "name": record["original_name"], "size": record["size_bytes"],
            "type": record["detected_type"], "pages": record["pages"], "sha256": record["sha256"]}


def files_home(db_home) -> Path:
    """Where stored files live: beside the database, or PORTAL_HOME for an in-memory database."""
    return Path(db_home) if db_home else portal_home()


def _shown(name: str) -> str:
    return "".join(c for c in str(name) if c.isprintable())[:80]


def _row(cur, upload_id: str) -> dict:
    row = rows.one(cur, "select_upload", {"id": str(upload_id)})
    if row is None:
        raise NotFound("文件不存在")
    return row


def get_upload(db, principal: Principal, upload_id: str) -> dict:
    """The record and stored bytes of an upload. Its uploader may read it; staff only when it is
    attached to a case of one of their cities. Refused before the bytes are read."""
    if principal is None:
        raise PermissionDenied("无权查看该文件")
    require_role(principal, "candidate", "reviewer", "admin")
    with db.read() as cur:
        row = _row(cur, upload_id)
        cities = {r["city"] for r in rows.many(cur, "select_upload_case_cities", {"id": str(upload_id)})}
    mine = row["uploader_id"] == principal.user_id
    if not mine and (principal.role == "candidate" or not cities & set(principal.cities)):
        raise PermissionDenied("无权查看该文件")
    data = stored_path(files_home(db.home), row["sha256"]).read_bytes()
    return {"id": row["id"], "name": row["original_name"], "type": row["detected_type"], "size": row["size_bytes"],
            "pages": row["pages"], "data": data}


def document_for_analysis(cur, upload_id: str) -> dict:
    """{"file", "path", "extraction"} for checks.check_case; extraction is None until saved."""
    row = _row(cur, upload_id)
    path = rows.scalar(cur, "select_database_path")
    home = files_home(Path(path).parent if path else None)
    return {"file": row["original_name"], "path": str(stored_path(home, row["sha256"])),
            "extraction": json.loads(row["extraction_json"]) if row["extraction_json"] else None}


def save_extraction(db, upload_id: str, extraction: dict) -> None:
    """Cache a file's extraction so that re-analysis does not OCR it again."""
    with db.transaction() as cur:
        _row(cur, upload_id)
        cur.execute(rows.q("update_upload_extraction"),
                    {"id": str(upload_id), "extraction_json": json.dumps(extraction, ensure_ascii=False)})
