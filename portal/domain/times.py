"""How times are shown: always Beijing time (the portal's clock is naive UTC+8) with the date and
the zone named, e.g. `2026-12-07 17:00（北京时间）`."""
from __future__ import annotations

import datetime as dt

ZONE = "（北京时间）"


def beijing(value: dt.datetime | dt.date | None, *, zone: bool = True) -> str:
    """A datetime as `YYYY-MM-DD HH:MM（北京时间）`, a date as `YYYY-MM-DD`; empty for None."""
    if value is None:
        return ""
    if not isinstance(value, dt.datetime):
        return value.isoformat()
    if value.tzinfo is not None:
        value = value.astimezone(dt.timezone(dt.timedelta(hours=8))).replace(tzinfo=None)
    return f"{value:%Y-%m-%d %H:%M}" + (ZONE if zone else "")
