"""Turn contract field values (ISO dates, codes) into the words a printed document shows."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

import yaml

DATE_STYLES = {"cn": "{y}年{m:02d}月{d:02d}日", "dash": "{y}-{m:02d}-{d:02d}", "dot": "{y}.{m:02d}.{d:02d}"}


@lru_cache(maxsize=1)
def _printed() -> dict:
    with open(Path(__file__).with_name("printed.yaml"), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=1)
def layouts() -> dict:
    """Sample layouts by name (each kind's from its template, plus variants such as
    `chsi_record_legacy`), and `_defaults` / `_names` from printed.yaml."""
    from checks import templates
    return {**templates.samples(), **_printed()}


def kinds() -> list[str]:
    """Every renderable layout name (contract kinds plus variants)."""
    return [k for k in layouts() if not k.startswith("_")]


def format_value(value, style: str, date_style: str = "cn") -> str:
    """The printed form of one value in the given row style."""
    if value is None or value == "":
        return ""
    if style == "date":
        day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
        return DATE_STYLES[date_style].format(y=day.year, m=day.month, d=day.day)
    if style == "exam":
        from rules.aliases import EXAMS
        return EXAMS.get(str(value), str(value))
    names = layouts()["_names"].get(style)
    if names is not None:
        return names.get(str(value), str(value))
    return str(value)


def printed_fields(kind: str, fields: dict) -> dict:
    """Caller's fields completed with printed defaults and derived display values."""
    data = dict(layouts()["_defaults"])
    data.update({k: v for k, v in fields.items() if v not in (None, "")})
    exam = fields.get("exam")
    data.setdefault("exam_name", format_value(exam, "exam") if exam else "专业技术人员职业")
    return data
