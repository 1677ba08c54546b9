"""The portal's clock: naive Beijing time (UTC+8), the time windows and deadlines are written in.
Tests replace `now` with monkeypatch to move through a round's window."""
from __future__ import annotations

import datetime as dt

BEIJING = dt.timezone(dt.timedelta(hours=8))


def now() -> dt.datetime:
    return dt.datetime.now(BEIJING).replace(tzinfo=None)
