"""Pass-list wording: a list's title (place, exam year, exam and level, batch) and what a person on
it is shown — "公示中" only while a published list is inside its notice period."""
from __future__ import annotations

import datetime as dt

UNPUBLISHED = "未发布"


def list_title(place: str, exam_year: int, exam_name: str, level_name: str, batch: int) -> str:
    """`长沙市2025年度经济专业技术资格中级考后人工核查合格人员公示名单（第1批）`."""
    return f"{place}{exam_year}年度{exam_name}{level_name}考后人工核查合格人员公示名单（第{batch}批）"


def entry_label(entry_status: str, list_status: str, start: dt.date | None, end: dt.date | None,
                today: dt.date) -> str:
    if entry_status == "removed":
        return "异议撤出"
    if entry_status == "final" or list_status == "final":
        return "已确认"
    if list_status != "published" or start is None or end is None or today < start:
        return "待公示"
    return "公示中" if today <= end else "公示期满，待确认"


def period(start: dt.date | None, end: dt.date | None) -> tuple[str, str]:
    """The notice period's two dates as shown; a draft's are "未发布"."""
    return (start.isoformat() if start else UNPUBLISHED, end.isoformat() if end else UNPUBLISHED)
