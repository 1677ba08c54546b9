"""Rate limits of the public verification page (pure). Attempts are counted per client address and,
for answers that did not match, per certificate number *per client*: a visitor who guesses at one
certificate waits alone, never the holder or anyone else checking it. The answer when refused says
until when, in Beijing time (the portal's clock)."""
from __future__ import annotations

import datetime as dt

WINDOW = dt.timedelta(minutes=10)
NUMBER_PER_CLIENT = 10   # number checks from one client per window
MISSES_PER_NUMBER = 5    # non-matching checks of one certificate number from one client per window
PDF_PER_CLIENT = 10      # uploaded PDF checks from one client per window
PDF_MISSES_PER_NUMBER = 3  # PDFs of one certificate number answered 已篡改/未查到 to one client per window
NUMBER_MISS = ("unknown",)
PDF_MISS = ("pdf:tampered", "pdf:unknown")


def _until(times: list[dt.datetime], limit: int, now: dt.datetime) -> dt.datetime | None:
    recent = sorted(t for t in times if t > now - WINDOW)
    return recent[-limit] + WINDOW if len(recent) >= limit else None


def number_check_until(attempts: list[tuple[dt.datetime, str, str]], cert_no: str,
                       now: dt.datetime) -> dt.datetime | None:
    """`attempts`: this client's (tried_at, cert_no, outcome) rows. When it may check again, or None."""
    mine = [t for t, _, outcome in attempts if not outcome.startswith("pdf:") and outcome != "limited"]
    misses = [t for t, no, outcome in attempts if no == cert_no and outcome in NUMBER_MISS]
    found = [u for u in (_until(mine, NUMBER_PER_CLIENT, now), _until(misses, MISSES_PER_NUMBER, now)) if u]
    return max(found, default=None)


def pdf_check_until(attempts: list[tuple[dt.datetime, str, str]], cert_no: str | None,
                    now: dt.datetime) -> dt.datetime | None:
    """The same for an uploaded PDF; `cert_no` is None before the file was read."""
    mine = [t for t, _, outcome in attempts if outcome.startswith("pdf:") and outcome != "pdf:limited"]
    misses = [t for t, no, outcome in attempts if cert_no and no == cert_no and outcome in PDF_MISS]
    found = [u for u in (_until(mine, PDF_PER_CLIENT, now), _until(misses, PDF_MISSES_PER_NUMBER, now)) if u]
    return max(found, default=None)


def refusal(until: dt.datetime) -> str:
    """The Chinese answer for a refused check (`until` is Beijing time, like the portal's clock)."""
    minute = (until + dt.timedelta(seconds=59)).replace(second=0, microsecond=0)  # never earlier than `until`
    return f"查验次数过多，请于北京时间 {minute:%H:%M} 后再试"
