"""Eligibility rules: exam conditions as dated, sourced YAML data and pure rule functions.
Imports nothing from portal, streamlit or duckdb.

Public API: Candidate, Verdict, Reason, evaluate, evaluate_frame, required_evidence,
catalog, and the alias functions in `rules.aliases` (exam_code, level_code, EXAMS, LEVEL_NAMES)."""
from __future__ import annotations

from importlib import import_module

from rules.aliases import EXAMS, LEVEL_NAMES, exam_code, level_code

# Heavier parts load on first use so that `rules.aliases` stays cheap to import.
_LAZY = {
    "Candidate": "rules.model",
    "Verdict": "rules.model",
    "Reason": "rules.model",
    "evaluate": "rules.judge",
    "required_evidence": "rules.evidence",
    "required_years": "rules.judge",
    "counted_years": "rules.workyears",
    "education_effective": "rules.education",
    "evaluate_frame": "rules.batch",
    "catalog": "rules.loader",
    "catalog_rows": "rules.catalog_view",
}

__all__ = ["EXAMS", "LEVEL_NAMES", "exam_code", "level_code", *_LAZY]


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'rules' has no attribute {name!r}")
