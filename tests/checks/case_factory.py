"""Build check_case inputs from rendered documents: a candidate, what they declared, and files."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import rules
from checks import extract_document
from portal.docgen import render

PERSON = {"name": "欧阳晓东", "gender": "男", "id_number": "430104198705126613", "phone": "13874961234"}
BASE = {"birth_date": "1987-05-12", "school": "湖南大学", "major": "工程管理", "education_level": "bachelor",
        "enrollment_date": "2008-09-01", "graduation_date": "2012-06-30", "certificate_no": "105321201205001234",
        "verification_code": "AQMFGXA77C3ZSJ1K", "update_date": "2024-03-01", "employer": "中建五局第三建设有限公司",
        "work_start": "2012-07-15", "exam": "cost_engineer_1", "study_type": "普通高等教育"}
DECLARED = {"candidate_id": "c1", "exam": "cost_engineer_1", "level": "single", "exam_year": 2022,
            "education": "bachelor", "graduation_date": "2012-06-30", "work_start": "2012-07-15",
            "education_origin": "hunan", "chsi_registered": True, "full_time": True}


def required(declared: dict) -> list[str]:
    """The kinds the rules module requires for what was declared."""
    args = dict(declared)
    for key in ("graduation_date", "work_start"):
        if args.get(key):
            args[key] = dt.date.fromisoformat(args[key])
    return list(rules.required_evidence(rules.Candidate(**args)))


def document(tmp: Path, slot: str, kind: str | None = None, fmt: str = "pdf", seal: bool = True,
             layout: str = "table", **changes) -> dict:
    fields = {**PERSON, **BASE, **changes}
    fields = {k: v for k, v in fields.items() if v is not None}
    data = render(kind or slot, fields, layout=layout, seal=seal, fmt=fmt)
    path = tmp / f"{slot}-{kind or slot}-{len(list(tmp.iterdir()))}.{'pdf' if fmt == 'pdf' else fmt}"
    path.write_bytes(data)
    return {"file": path.name, "slot": slot, "path": str(path), "extraction": extract_document(path)}


def case(tmp: Path, documents: list[dict], declared: dict | None = None, **candidate) -> dict:
    declared = {**DECLARED, **(declared or {})}
    return {"candidate": {**PERSON, **candidate}, "declared": declared, "required_kinds": required(declared),
            "documents": documents}


def standard_documents(tmp: Path) -> list[dict]:
    return [document(tmp, "application_form"), document(tmp, "work_proof"), document(tmp, "chsi_record")]
