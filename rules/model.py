"""Input and output of the eligibility rules: Candidate (the input columns of
`rules.validate.COLUMNS`, typed),
Reason and Verdict."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Candidate:
    candidate_id: str
    exam: str
    level: str
    exam_year: int | None
    education: str | None = None
    tech_class: str | None = None
    major_tier: str = "related"
    full_time: bool = True
    graduation_date: dt.date | None = None
    work_start: dt.date | None = None
    total_work_start: dt.date | None = None      # None = same as work_start
    education_origin: str = "hunan"
    chsi_registered: bool = True
    route: str = "full"
    holds: tuple[str, ...] = ()
    holds_since: dt.date | None = None


@dataclass(frozen=True)
class Reason:
    """One unmet condition, for a reviewer: code, Chinese message, the rule it applies, its source."""
    code: str
    message_zh: str
    rule: str
    source: str


@dataclass(frozen=True)
class Verdict:
    eligible: bool
    education_effective: str | None
    required_years: int | None
    counted_years: int | None
    evidence: tuple[str, ...]
    reasons: tuple[Reason, ...]

    def to_row(self, candidate_id: str | None) -> dict:
        """The output row (as the batch path `rules.batch.evaluate_frame` produces it)."""
        return {
            "candidate_id": candidate_id,
            "eligible": self.eligible,
            "education_effective": self.education_effective,
            "required_years": self.required_years,
            "counted_years": self.counted_years,
            "evidence": ";".join(self.evidence),
            "reasons": ";".join(r.message_zh for r in self.reasons),
        }
