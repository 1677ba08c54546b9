"""Education level after technical-school equivalence (长沙市人社局 2022-04-22 公告, 学历证明材料第7项; the
bands are in `rules/params/tech_school_equivalence.yaml`)."""
from __future__ import annotations

from rules import params


def education_effective(education: str | None, tech_class: str | None) -> str | None:
    """The education level a candidate is judged at: a technical-school class counts as 中专, 大专
    or 本科 (湘人社发〔2019〕67号 via the Changsha notice); otherwise the declared level.
    None when neither is a known code."""
    classes = params.tech_classes()
    if tech_class is not None:
        return classes.get(tech_class)
    return education if education in params.education_codes() else None
