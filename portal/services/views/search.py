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
from portal.services.views import excel
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


EXPORT_HEADER = ["案件号", "姓名", "身份证号", "手机号码", "市州", "考试", "级别", "年度", "状态", "提交时间"]


def export_cases(db, principal: Principal, *, names: dict, progress=None, **filters) -> bytes:
    """Every case matching `filters` (not just one page) as XLSX, read 1,000 at a time; `names`
    turns codes into words ({"city": {...}, "exam": {...}, "level": {...}, "state": {...}}), and
    `progress(n)` is told how many rows are written."""
    first = find_cases(db, principal, **filters, page=1, size=1000)

    def all_rows():
        found, page = first, 1
        while found["rows"]:
            for r in found["rows"]:
                yield [r["case_id"], r["name"], r["id_number"], r["phone"], names["city"].get(r["city"], r["city"]),
                       names["exam"].get(r["exam"], r["exam"]), names["level"].get(r["level"], r["level"]),
                       r["exam_year"], names["state"].get(r["state"], r["state"]), r["submitted_at"]]
            if len(found["rows"]) < 1000:
                return
            page += 1
            found = find_cases(db, principal, **filters, page=page, size=1000)
    shown = {"搜索": filters.get("term"), "市州": names["city"].get(filters.get("city")),
             "考试": names["exam"].get(filters.get("exam")), "级别": names["level"].get(filters.get("level")),
             "状态": names["state"].get(filters.get("state")), "提交日期自": filters.get("since"),
             "提交日期至": filters.get("until")}
    return excel.table_xlsx(principal, "全部案件", EXPORT_HEADER, all_rows(), filters=shown, progress=progress)


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
