"""Cross-document consistency: identity across documents and the authority's list; graduation date
and level against what was declared; the work-year proof's start against the counted years."""
from __future__ import annotations

import datetime as dt

from checks import idnumber
from checks.finding import finding
from checks.normalize import same_name

EDUCATION_PROOFS = {"chsi_record", "chsi_report", "graduate_register", "diploma", "hn_secondary_query",
                    "hn_secondary_report", "cscse_report", "party_school", "tech_school_query", "tech_school_cert"}
RANK = {"high_school": 1, "secondary": 1, "junior_college": 2, "bachelor": 3, "second_bachelor": 4,
        "master": 5, "doctor": 6}


def identity(candidate: dict, docs: list[tuple[str, str, dict]]) -> list[dict]:
    """Name and ID number on every document against the list; without an ID (备案表), sex and birth date."""
    out = []
    name = candidate.get("name") or ""
    number = (candidate.get("id_number") or "").strip().upper()
    valid_id = bool(number) and idnumber.is_valid(number)
    if number:
        out += idnumber.check(number, file=None, stated_gender=candidate.get("gender"))
    for file, _kind, f in docs:
        if f.get("name") and name.strip() and not same_name(f["name"], name):
            out.append(finding("name_mismatch", "fail", "材料上的姓名与名单不一致", file=file, field="name",
                               read=f["name"], expected=candidate.get("name")))
        if f.get("id_number") and number and f["id_number"] != number:
            out.append(finding("id_mismatch", "fail", "材料上的身份证号码与名单不一致", file=file,
                               field="id_number", read=f["id_number"], expected=number))
        if not valid_id:
            continue
        born = idnumber.birth_date(number).isoformat()
        if f.get("birth_date") and f["birth_date"] != born:
            out.append(finding("birth_date_mismatch", "fail", "材料上的出生日期与身份证号码不符", file=file,
                               field="birth_date", read=f["birth_date"], expected=born))
        if f.get("gender") and f["gender"] != idnumber.gender(number):
            out.append(finding("gender_mismatch", "fail", "材料上的性别与身份证号码不符", file=file,
                               field="gender", read=f["gender"], expected=idnumber.gender(number)))
    return out


def education(declared: dict, docs: list[tuple[str, str, dict]]) -> list[dict]:
    out = []
    grad = declared.get("graduation_date")
    level, tech = declared.get("education"), declared.get("tech_class")
    for file, kind, f in docs:
        if kind not in EDUCATION_PROOFS:
            continue
        got = f.get("graduation_date")
        if grad and got and got != str(grad):
            severity = "warn" if got[:7] == str(grad)[:7] else "fail"
            out.append(finding("graduation_date_mismatch", severity, "材料上的毕业日期与申报的毕业日期不一致",
                               file=file, field="graduation_date", read=got, expected=str(grad)))
        read_level = f.get("education_level")
        if level and read_level and read_level != level:
            lower = RANK.get(read_level, 0) < RANK.get(level, 0)
            out.append(finding("education_mismatch", "fail" if lower else "warn",
                               "材料上的学历层次低于申报的学历" if lower else "材料上的学历层次与申报不同（高于申报）",
                               file=file, field="education_level", read=read_level, expected=level))
        if tech and f.get("class_type") and f["class_type"] != tech:
            out.append(finding("class_type_mismatch", "fail", "技工院校班级类型与申报不一致", file=file,
                               field="class_type", read=f["class_type"], expected=tech))
    return out


def whole_years(start: dt.date, cutoff: dt.date) -> int:
    """Largest N with start + N years <= cutoff + 1 day (as rules.workyears counts them)."""
    n = cutoff.year - start.year + 1
    while n > 0 and _add_years(start, n) > cutoff + dt.timedelta(days=1):
        n -= 1
    return max(n, 0)


def _add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def work(declared: dict, docs: list[tuple[str, str, dict]]) -> list[dict]:
    out = []
    if not declared.get("work_start") or not declared.get("exam_year"):
        return out
    stated = dt.date.fromisoformat(str(declared["work_start"]))
    cutoff = dt.date(int(declared["exam_year"]), 12, 31)
    for file, kind, f in docs:
        if kind != "work_proof" or not f.get("work_start"):
            continue
        proof = dt.date.fromisoformat(f["work_start"])
        if proof <= stated:
            continue
        have, claimed = whole_years(proof, cutoff), whole_years(stated, cutoff)
        severity = "fail" if have < claimed else "warn"
        out.append(finding("work_start_later", severity,
                           f"工作年限证明的起始时间晚于申报（证明可计 {have} 年，申报可计 {claimed} 年）",
                           file=file, field="work_start", read=f["work_start"], expected=str(stated)))
    return out
