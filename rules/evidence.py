"""Which documents a case must show (长沙市人社局 2022-04-22 公告: 人工核查材料 and
学历证明材料第1–7项)."""
from __future__ import annotations

import datetime as dt

from rules import params
from rules.education import education_effective
from rules.model import Candidate


def tech_school_proof(graduation: dt.date) -> str:
    """2005–2013 and 2015 onwards → query result page; other years (before 2005, 2014) →
    student-status certification. Source: 长沙市人社局 2022-04-22 公告 学历证明材料第7项."""
    for band in params.tech_school_bands():
        lo, hi = band["from_year"], band["to_year"]
        in_band = (lo is None or graduation.year >= lo) and (hi is None or graduation.year <= hi)
        if in_band and (lo is not None or hi is not None):
            return band["kind"]
    return params.tech_school_bands()[-1]["kind"]


def education_proof(c: Candidate) -> tuple[str, ...]:
    """The education-proof kinds for the case. Source: 长沙市人社局 2022-04-22 公告 学历证明材料第1–7项.
    Empty while the graduation date or the education level is unknown."""
    if c.graduation_date is None or education_effective(c.education, c.tech_class) is None:
        return ()
    if c.tech_class is not None:
        return (tech_school_proof(c.graduation_date),)
    if c.education_origin == "foreign":
        return ("cscse_report",)
    if c.education_origin == "party_school":
        return ("party_school",)
    level = education_effective(c.education, None)
    if not params.ladder()[level]["higher_education"]:
        if level == "secondary" and c.education_origin == "hunan":
            boundary = params.hunan_secondary_boundary()
            return ("hn_secondary_query",) if c.graduation_date >= boundary else ("hn_secondary_report",)
        # Out-of-province 中专 and 高中 have no Hunan query: personnel-file register and diploma.
        return ("graduate_register", "diploma") if level == "secondary" else ("diploma",)
    recent = c.graduation_date >= params.chsi_boundary()
    if recent and c.chsi_registered:
        return ("chsi_record",)
    if not recent and not c.chsi_registered:
        return ("graduate_register", "diploma")
    return ("chsi_report",)


def required_evidence(c: Candidate) -> tuple[str, ...]:
    """Document kinds the case must show: 增项 → only the first-specialty certificate; otherwise
    报名表, work-year proof and the education proof, plus the exemption proof for 免考. For an
    incomplete candidate (self-check in progress) the education proof is left out until known."""
    if c.route == "addon":
        return ("qualification_cert",)
    kinds = ("application_form", "work_proof", *education_proof(c))
    return kinds + (("exemption_proof",) if c.route == "exempt" else ())
