"""Login locks as administrators see them: which accounts have a client made to wait, and unlocking
(clears the account's counted failures from every client, audited)."""
from __future__ import annotations

from portal.domain import throttle
from portal.services.people.auth import Principal, actor_fields, require_role
from portal.store import audit, clock, rows


def locked_usernames(cur, usernames: list[str]) -> set[str]:
    """Usernames with at least one client currently waiting after too many failures, or whose failures
    from all clients hold every client that never logged into it."""
    if not usernames:
        return set()
    now = clock.now()
    found = rows.many(cur, "select_login_failures_of", {"usernames": list(usernames), "since": now - throttle.PAIR_WINDOW})
    spread: dict[str, list] = {}
    for r in found:
        spread.setdefault(r["username"], []).extend(t for t in r["failures"] if t > now - throttle.ACCOUNT_WINDOW)
    return {r["username"] for r in found if throttle.wait_minutes(throttle.pair_until(list(r["failures"])), now)} | \
        {name for name, times in spread.items() if throttle.wait_minutes(throttle.account_until(times), now)}


def unlock(db, principal: Principal, user_id: int) -> None:
    """Clear the failures counted against an account (staff in the caller's cities)."""
    from portal.services.people.staff import _managed
    require_role(principal, "admin")
    with db.transaction() as cur:
        user = _managed(cur, principal, user_id)
        cur.execute(rows.q("clear_login_failures"), {"username": user["username"], "client": None, "now": clock.now()})
        audit.append(cur, **actor_fields(principal), action="unlock", entity="user", entity_id=user_id,
                     before=None, after={"unlocked": True})
