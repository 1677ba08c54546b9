"""The working-day calendar services use: chinesecalendar plus the administrator's entered years."""
from __future__ import annotations

import datetime as dt

from portal.domain.errors import InvalidInput
from portal.publish import workdays
from portal.publish.workdays import WorkCalendar
from portal.services.people.auth import Principal, actor_fields, require_province_admin
from portal.store import audit, clock
from portal.store.queries import q


def now() -> dt.datetime:
    """Beijing time, the clock notice periods and deadlines are written in."""
    return clock.now()


def work_calendar(db) -> WorkCalendar:
    with db.read() as cur:
        overrides = dict(cur.execute(q("select_holiday_overrides")).fetchall())
        years = frozenset(r[0] for r in cur.execute(q("select_holiday_years")).fetchall())
    return WorkCalendar(overrides, years)


def enter_holidays(db, principal: Principal, year: int, days: list[tuple[dt.date, bool, str]],
                   *, source: str) -> int:
    """Enter a year's 放假 (is_workday False) and 调休上班 (True) days from the State Council notice,
    replacing what was entered for that year before. Returns the number of days stored."""
    require_province_admin(principal)
    if workdays.KNOWN_YEARS[0] <= year <= workdays.KNOWN_YEARS[1]:
        raise InvalidInput(f"{year}年的节假日安排已由 chinesecalendar 收录，无需手工录入")
    if not source.strip():
        raise InvalidInput("请填写依据（国务院办公厅关于该年部分节假日安排的通知）")
    seen = set()
    for day, is_workday, name in days:
        if day.year != year:
            raise InvalidInput(f"日期 {day} 不在 {year} 年内")
        if day in seen:
            raise InvalidInput(f"日期 {day} 重复录入")
        if is_workday and day.weekday() < 5:
            raise InvalidInput(f"{day} 是周一至周五，本来就是工作日，不能录为调休上班日")
        if not is_workday and day.weekday() >= 5 and not name.strip():
            raise InvalidInput(f"{day} 是周末，录为放假日须写明节日名称")
        seen.add(day)
    stamp = now()
    with db.transaction() as cur:
        cur.execute(q("delete_holiday_overrides_of_year"), {"year": year})
        for day, is_workday, name in sorted(days):
            cur.execute(q("insert_holiday_override"), {"day": day, "is_workday": bool(is_workday),
                        "name": name.strip() or ("调休上班" if is_workday else "放假"),
                        "actor_id": principal.user_id, "now": stamp})
        cur.execute(q("insert_holiday_year"), {"year": year, "source": source.strip(),
                                               "actor_id": principal.user_id, "now": stamp})
        audit.append(cur, **actor_fields(principal), action="holidays.enter", entity="holiday_year",
                     entity_id=year, before=None,
                     after={"source": source.strip(), "days": [[d, bool(w), n] for d, w, n in sorted(days)]})
    return len(days)


def calendar_coverage(db, today: dt.date | None = None) -> dict:
    """Which years notice periods can be counted for, and a warning (Chinese) when this year's or
    next year's arrangement is missing: the State Council publishes it around November."""
    today = today or now().date()
    with db.read() as cur:
        entered = sorted(r[0] for r in cur.execute(q("select_holiday_years")).fetchall())
    first, last = workdays.KNOWN_YEARS
    missing = [y for y in (today.year, today.year + 1) if not (first <= y <= last) and y not in entered]
    warning = (f"{'、'.join(str(y) for y in missing)}年的节假日安排尚未收录：跨入该年的公示期无法计算。"
               f"请升级 chinesecalendar 或由管理员录入国务院办公厅的放假通知。") if missing else None
    return {"package_years": (first, last), "entered_years": entered, "missing": missing, "warning": warning}
