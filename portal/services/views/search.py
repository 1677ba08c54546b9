"""Finding a case: the all-cases search for staff (by name, exact ID or phone number, case number,
exam, level, state, city and submission dates) and the queue narrowed by one search term. Every
result is scope-checked by city and shows ID and phone numbers masked."""
from __future__ import annotations

import datetime as dt

from portal.domain import states
from portal.domain.errors import InvalidInput
from portal.domain.masking import mask_id, mask_phone
from portal.domain.search_terms import parse_term
from portal.services.people.auth import Principal, require_city, require_role
from portal.store import clock, rows


def _cities(principal: Principal, city: str | None) -> list[str]:
    require_role(principal, "reviewer", "admin")
    if city:
        require_city(principal, city)
        return [city]
    return list(principal.cities)


def _masked(row: dict) -> dict:
    return row | {"id_number": mask_id(row["id_number"]), "phone": mask_phone(row["phone"])}


def _day(value, name: str) -> dt.datetime | None:
    if value in (None, ""):
        return None
    try:
        day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value).replace("/", "-"))
    except ValueError:
        raise InvalidInput(f"{name}不是有效日期（应为 YYYY/MM/DD）") from None
    return dt.datetime(day.year, day.month, day.day)


def find_cases(db, principal: Principal, *, term: str | None = None, city: str | None = None,
               exam: str | None = None, level: str | None = None, state: str | None = None,
               since=None, until=None, page: int = 1, size: int = 50) -> dict:
    """One page of the caller's cases matching every filter given; `since`/`until` are days
    (both included) of the last submission."""
    cities = _cities(principal, city)
    if state not in (None, *states.STATES) or not 1 <= size <= 1000 or page < 1:
        raise InvalidInput("筛选条件无效")
    start, end = _day(since, "开始日期"), _day(until, "结束日期")
    if start and end and end < start:
        raise InvalidInput("结束日期早于开始日期")
    filters = parse_term(term) | {"cities": cities, "exam": exam, "level": level, "state": state,
                                  "since": start, "until": end + dt.timedelta(days=1) if end else None}
    with db.read() as cur:
        found = rows.many(cur, "select_cases_search", filters | {"limit": size, "offset": (page - 1) * size})
        total = rows.scalar(cur, "count_cases_search", filters)
    return {"rows": [_masked(r) for r in found], "total": total, "page": page, "size": size}


def find_in_queue(db, principal: Principal, term: str, *, city: str | None = None, exam: str | None = None,
                  level: str | None = None, status: str | None = None, flagged: bool | None = None,
                  page: int = 1, size: int = 50) -> dict:
    """The queue page shape of `queue.queue_page`, narrowed by a search term."""
    cities = _cities(principal, city)
    if status not in (None, "submitted", "resubmitted", "in_review") or not 1 <= size <= 200 or page < 1:
        raise InvalidInput("筛选条件无效")
    filters = parse_term(term) | {"cities": cities, "exam": exam, "level": level, "status": status,
                                  "flagged": flagged}
    with db.read() as cur:
        found = rows.many(cur, "select_queue_search", filters | {
            "now": clock.now(), "limit": size, "offset": (page - 1) * size})
        total = rows.scalar(cur, "count_queue_search", filters)
    return {"rows": found, "total": total, "page": page, "size": size, "next_after": None}
