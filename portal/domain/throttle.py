"""Login throttling rules (pure): failures are counted per (account, client) and per client, so one
client's failures never lock the account for anyone else; and per account across all clients, so
spraying passwords at one account from many addresses gets ACCOUNT_LIMIT guesses an hour at most.

The account-wide limit is a sliding window, never a lock: it only holds clients that have not logged
into that account before (the caller decides which are known, from the account's sessions), so an
attacker who keeps it full still cannot keep the real user out: their usual address passes, a
candidate's one-time code sets a password and logs in without going through it, and an
administrator's unlock clears the failures it counts."""
from __future__ import annotations

import datetime as dt

PAIR_LIMIT = 5                         # failures of one account from one client before it waits
PAIR_WINDOW = dt.timedelta(hours=24)   # failures older than this are forgotten
BASE_WAIT = dt.timedelta(minutes=15)   # first wait; doubles with each further failure
MAX_WAIT = dt.timedelta(hours=24)
CLIENT_LIMIT = 30                      # failures from one client (any account) ...
CLIENT_WINDOW = dt.timedelta(minutes=15)  # ... within this window make the client wait
ACCOUNT_LIMIT = 20                     # failures of one account from all clients ...
ACCOUNT_WINDOW = dt.timedelta(hours=1)  # ... within this window hold the account's unknown clients
KNOWN_CLIENT_DAYS = 90                 # a client that logged into the account this recently is known


def pair_until(failures: list[dt.datetime]) -> dt.datetime | None:
    """When an (account, client) pair may try again, given its uncleared failures in PAIR_WINDOW."""
    if len(failures) < PAIR_LIMIT:
        return None
    wait = min(BASE_WAIT * 2 ** (len(failures) - PAIR_LIMIT), MAX_WAIT)
    return max(failures) + wait


def client_until(recent: list[dt.datetime]) -> dt.datetime | None:
    """When a client may try again, given its failures (any account) in CLIENT_WINDOW."""
    if len(recent) < CLIENT_LIMIT:
        return None
    return sorted(recent)[-CLIENT_LIMIT] + CLIENT_WINDOW


def account_until(spread: list[dt.datetime]) -> dt.datetime | None:
    """When an unknown client may try the account again, given its failures (any client) in ACCOUNT_WINDOW."""
    if len(spread) < ACCOUNT_LIMIT:
        return None
    return sorted(spread)[-ACCOUNT_LIMIT] + ACCOUNT_WINDOW


def wait_minutes(until: dt.datetime | None, now: dt.datetime) -> int | None:
    """Whole minutes still to wait (at least 1), or None when the client may try now."""
    if until is None or until <= now:
        return None
    return max(1, -(-int((until - now).total_seconds()) // 60))
