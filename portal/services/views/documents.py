"""Documents for the candidate and reviewer pages: each file's extracted fields beside the problems
found with it (uploading into a slot: `documents.attaching`; previews: `documents.previews`). Built on uploads, submission, cases_view and checks; the reads are
scope-checked by those services."""
from __future__ import annotations

import json

import checks
from checks import chsi
from portal.domain import candidate_findings, candidate_text
from portal.services.cases import analysis, rounds, submission
from portal.services.documents import reading_jobs, uploads
from portal.services.people.auth import Principal, require_role
from portal.services.views import cases as cases_view


def _documents(db, principal, case_id, docs) -> list[dict]:
    """The files with what was read from them so far (extraction None while a worker reads it) and
    the state of their reading job; nothing is read here, in the web process."""
    out = []
    with db.read() as cur:
        for d in docs:
            found = uploads.document_for_analysis(cur, d["upload_id"])
            reading = reading_jobs.status(cur, d["upload_id"])
            if found["extraction"] is not None and reading is None:
                reading = {"state": "done", "label": reading_jobs.STATES["done"], "attempts": 0, "error": None}
            out.append({"file": found["file"], "slot": d["slot"], "path": found["path"],
                        "upload_id": d["upload_id"], "extraction": found["extraction"],
                        "reading": reading, "carried_over": d.get("carried_over", False)})
    return out


def reading_pending(documents: list[dict]) -> bool:
    """Whether any file is still waiting to be read (the page then refreshes itself)."""
    return any(d["extraction"] is None and (d.get("reading") or {}).get("state") in ("queued", "running", None)
               for d in documents)


def _checked(subject: dict) -> list[dict]:
    """checks.check_case, remembered for the same candidate, answers and files (the stored files
    never change, so the upload page does not re-run seal detection on every rerun)."""
    key = json.dumps([subject["candidate"], subject["declared"], subject["required_kinds"],
                      [(d["slot"], d["upload_id"], d["extraction"] is None) for d in subject["documents"]]],
                     sort_keys=True, default=str)
    if key not in _CHECKED:
        if len(_CHECKED) > 256:
            _CHECKED.clear()
        _CHECKED[key] = checks.check_case(subject)
    return _CHECKED[key]


_CHECKED: dict[str, list[dict]] = {}


def draft_review(db, principal: Principal, case_id: int) -> dict:
    """The candidate's slots while preparing a submission: per required kind the attached file,
    its fields and its problems (checks.check_case on what is attached so far) in the candidate's
    wording, and the items of the latest return."""
    case = cases_view.get_case(db, principal, case_id)
    verdict = analysis.self_check(case, case["declared"]) if case["declared"] else None
    required = verdict["required_kinds"] if verdict else []
    docs = _documents(db, principal, case_id, submission.documents(db, principal, case_id))
    cand = case["candidate"]
    subject = {"candidate": {k: cand[k] for k in ("name", "id_number", "phone", "gender")},
               "declared": case["declared"], "required_kinds": required, "documents": docs}
    findings = _checked(subject) if docs else []
    by_slot = {d["slot"]: d for d in docs}
    slots = [{"kind": k, "document": by_slot.get(k), "findings": candidate_findings.for_candidate(
              [f for f in findings if by_slot.get(k) and f.get("file") == by_slot[k]["file"]], k)}
             for k in required]
    extra = [d for d in docs if d["slot"] not in required]
    general = [f for f in findings if not f.get("file") and f["code"] != "evidence_missing"]
    return {"case": case, "verdict": verdict, "slots": slots, "extra": extra,
            "window": rounds.window_state(case["round"]), "general": candidate_findings.for_candidate(general),
            "return_items": candidate_text.items(case["notices"][-1]["items"]) if case["notices"] else [],
            "missing": [k for k in required if k not in by_slot], "reading": reading_pending(docs)}


FAILED_FOR_CANDIDATE = "未能自动识别，审核时将人工查看"


def reading_progress(db, principal: Principal, case_id: int) -> list[dict]:
    """Each attached file of the submission being prepared with the state of its reading
    ({"file", "slot", "state", "label"}); the upload page polls it while files are read."""
    docs = _documents(db, principal, case_id, submission.documents(db, principal, case_id))
    out = []
    for d in docs:
        reading = d["reading"] or {"state": "queued", "label": reading_jobs.STATES["queued"]}
        if d["extraction"] is not None and reading["state"] in ("queued", "running"):
            reading = {"state": "done", "label": reading_jobs.STATES["done"]}
        if reading["state"] == "failed":  # the stored label asks the reviewer to check by hand
            reading = reading | {"label": FAILED_FOR_CANDIDATE}
        out.append({"file": d["file"], "slot": d["slot"], "state": reading["state"], "label": reading["label"]})
    return out


def submitted_review(db, principal: Principal, case_id: int) -> dict:
    """The reviewer's view: the case, the rules' verdict, each submitted file with its fields
    and the stored findings about it."""
    require_role(principal, "reviewer", "admin")
    case = cases_view.get_case(db, principal, case_id)
    verdict = analysis.self_check(case, case["declared"]) if case["declared"] else None
    docs = _documents(db, principal, case_id, case["documents"])
    for doc in docs:
        doc["findings"] = [f for f in case["findings"] if f.get("file") == doc["file"]]
        code = ((doc["extraction"] or {}).get("fields") or {}).get("verification_code")
        doc["verify_url"] = chsi.verify_url(code) if code else None
    general = [f for f in case["findings"] if not any(f.get("file") == d["file"] for d in docs)]
    return {"case": case, "verdict": verdict, "documents": docs, "general": general}


def upload_limit_mb() -> int:
    """The per-file limit of the upload service (PORTAL_UPLOAD_MAX_MB, default 20), in MB."""
    from portal.uploads import Limits
    return Limits.from_env().max_bytes // 2**20


def upload_types() -> list[str]:
    """Every file extension the upload service accepts (without the dot), for the upload widget."""
    from portal.uploads.names import EXTENSIONS
    return sorted(ext.lstrip(".") for exts in EXTENSIONS.values() for ext in exts)


def upload_types_shown() -> str:
    """The accepted file types in words: `PDF、PNG、JPEG、TIFF、WebP、BMP`."""
    from portal.uploads.names import EXTENSIONS
    from portal.uploads.validate import TYPE_NAMES
    return "、".join(TYPE_NAMES[kind].removesuffix(" 图片") for kind in EXTENSIONS)


def upload_limits_shown() -> list[str]:
    """Every limit the upload service enforces, in Chinese, for the upload page."""
    from portal.uploads import Limits
    return Limits.from_env().shown()
