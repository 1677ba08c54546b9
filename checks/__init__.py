"""Document reading and checks: text backends, OCR engines, templates, extraction, checks.
Imports nothing from portal, streamlit or duckdb.

- `extract_document(path, *, engine=None) -> dict`: the `portal extract --json` object
  `{"file","kind","fields","source","confidence","findings"}`; never raises for a bad file.
- `check_case(case) -> list[dict]`: identity, CHSI, evidence, consistency and stamp findings, each
  `{"code","severity","message","file","field","read","expected"}`."""
from __future__ import annotations


def extract_document(path, *, engine=None) -> dict:
    from checks.extract import extract_document as run

    return run(path, engine=engine)


def check_case(case: dict) -> list[dict]:
    from checks.case import check_case as run

    return run(case)
