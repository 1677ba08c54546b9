"""The finding record every check returns (TEAM.md): code, severity, Chinese message, evidence."""
from __future__ import annotations


def finding(code: str, severity: str, message: str, *, file=None, field=None, read=None, expected=None) -> dict:
    assert severity in ("fail", "warn", "info")
    return {"code": code, "severity": severity, "message": message, "file": file, "field": field,
            "read": read, "expected": expected}
