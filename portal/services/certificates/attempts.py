"""The verification log both public checks share: what one client tried within the limits' window,
and one row per attempt (certificate number and outcome only; no ID or phone numbers are kept)."""
from __future__ import annotations

from portal.domain import verify_limits
from portal.store.queries import q


def client_attempts(cur, client: str, stamp) -> list[tuple]:
    """This client's (tried_at, cert_no, outcome) within the limits' window."""
    return [tuple(r) for r in cur.execute(q("select_client_verifications"),
                                          {"client": client, "since": stamp - verify_limits.WINDOW}).fetchall()]


def log_attempt(cur, client: str, cert_no: str | None, outcome: str, stamp) -> None:
    cur.execute(q("insert_verification_log"), {"now": stamp, "client": client, "cert_no": cert_no or "",
                                               "outcome": outcome})
