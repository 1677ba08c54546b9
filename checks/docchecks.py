"""Checks that need only one document's own fields (run by extract_document)."""
from __future__ import annotations

from checks import chsi, idnumber


def check(kind: str, fields: dict, file: str) -> list[dict]:
    out = []
    if fields.get("id_number"):
        out += idnumber.check(fields["id_number"], file=file, stated_gender=fields.get("gender"))
    if kind in ("chsi_record", "chsi_report"):
        if kind == "chsi_record":
            out += chsi.verification_code(fields.get("verification_code"), file=file)
        out += chsi.certificate_no(fields.get("certificate_no"), file=file,
                                   graduation_date=fields.get("graduation_date"),
                                   education_level=fields.get("education_level"),
                                   study_type=fields.get("study_type"))
    if kind == "cscse_report" and fields.get("report_no"):
        out += chsi.cscse_number(fields["report_no"], file=file)
    return out
