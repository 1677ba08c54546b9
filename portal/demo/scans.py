"""Generated document scans for a demo person: field values for each document kind, rendered by
portal.docgen, with the person's tweaks (a missing seal, a misspelt name, a wrong layout)."""
from __future__ import annotations

import datetime as dt
import hashlib

import rules
from portal.docgen import render
from portal.domain import names

SCHOOL_CODES = {"湖南大学": "10532", "中南大学": "10533", "湖南师范大学": "10542", "湘潭大学": "10530",
                "湖南农业大学": "10537", "湖南工业大学": "11535", "湖南商学院": "10554",
                "长沙民政职业技术学院": "12301"}
CHSI_LEVEL = {"bachelor": "05", "junior_college": "06", "master": "02", "doctor": "01"}


def _code(seed: str, alphabet: str, n: int) -> str:
    digest = hashlib.sha256(seed.encode()).digest()
    return "".join(alphabet[b % len(alphabet)] for b in digest[:n])


def fields_for(person: dict, answers: dict) -> dict:
    """Every field any document of this person may print (docgen picks the ones its layout has)."""
    grad = dt.date.fromisoformat(str(answers["graduation_date"]))
    # a technical-school graduate writes the level the class counts as (湘人社发〔2019〕67号) on the form
    edu = rules.education_effective(answers.get("education"), answers.get("tech_class"))
    years = 4 if edu == "bachelor" else 3
    school = person["school"]
    cert = (SCHOOL_CODES.get(school, "10532") + "1" + str(grad.year) + CHSI_LEVEL.get(edu, "05")
            + _code(person["id_number"], "0123456789", 6))
    return {
        "name": person["name"], "gender": person["gender"], "id_number": person["id_number"],
        "birth_date": str(person["birth"]), "phone": person["phone"], "employer": person["employer"],
        "exam": person["exam"], "level_name": "" if person["level"] == "single" else names.name("level", person["level"]),
        "education_level": edu or "", "school": school, "major": person["major"],
        "enrollment_date": dt.date(grad.year - years, 9, 1).isoformat(), "graduation_date": grad.isoformat(),
        "work_start": str(answers.get("work_start") or ""), "years": f"{dt.date.today().year - int(str(answers.get('work_start') or grad)[:4])}年",
        "certificate_no": cert, "update_date": (dt.date.today() - dt.timedelta(days=20)).isoformat(),
        # every real 16-character code seen starts with "A" (学信网 online verification codes)
        "verification_code": "A" + _code(person["id_number"] + "v", "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 15),
        "class_type": answers.get("tech_class") or "", "report_no": _code(person["name"], "0123456789", 12),
    }


PAPER = ("application_form", "work_proof", "graduate_register", "diploma", "exemption_proof", "qualification_cert")


def file_format(kind: str, formats: str) -> str:
    """"mixed": paper forms as scanned PNGs, online reports (学信网, query pages) as text PDFs, as
    candidates really have them; "pdf": everything as text PDFs (fast to read, for tests)."""
    return "png" if formats == "mixed" and kind in PAPER else "pdf"


def scan(kind: str, person: dict, answers: dict, tweak: dict | None = None, fmt: str = "png") -> tuple[str, bytes]:
    """(file name, bytes) of one document; `tweak` may set seal, layout (a variant kind) or fields."""
    tweak = dict(tweak or {})
    seal = tweak.pop("seal", True)
    layout_kind = tweak.pop("layout", kind)
    fields = fields_for(person, answers) | tweak
    data = render(layout_kind, fields, layout="table" if kind == "application_form" else "lines", seal=seal, fmt=fmt)
    return f"{person['name']}_{kind}.{fmt}", data
