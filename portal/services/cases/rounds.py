"""Check rounds: an exam year's submission window (to the minute) and the return deadline."""
from __future__ import annotations

import datetime as dt

from portal.domain import deadlines
from portal.domain.errors import InvalidInput, NotFound
from portal.services.people.auth import Principal, actor_fields, require_province_admin, require_role
from portal.store import audit, clock, rows


def parse_minute(value) -> dt.datetime:
    """'2022-04-25 09:30' (or a datetime) -> datetime to the minute."""
    if isinstance(value, dt.datetime):
        return value.replace(second=0, microsecond=0)
    try:
        return dt.datetime.strptime(str(value).strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise InvalidInput(f"时间格式应为 YYYY-MM-DD HH:MM：{value}") from None


def _validated(exam_year, opens_at, closes_at, return_days, exam_date=None, return_close=None) -> dict:
    opens, closes = parse_minute(opens_at), parse_minute(closes_at)
    if closes <= opens:
        raise InvalidInput("截止时间必须晚于开始时间")
    if not (2000 <= int(exam_year) <= 2100) or int(return_days) < 1:
        raise InvalidInput("考试年度或退回补充天数无效")
    try:
        close = deadlines.close_time(return_close).strftime("%H:%M")
    except ValueError:
        raise InvalidInput(f"退回补充截止时刻应为 HH:MM：{return_close}") from None
    if exam_date not in (None, "") and not isinstance(exam_date, dt.date):
        try:
            exam_date = dt.date.fromisoformat(str(exam_date).strip().replace("/", "-"))
        except ValueError:
            raise InvalidInput(f"考试日期应为 YYYY-MM-DD：{exam_date}") from None
    return {"exam_year": int(exam_year), "opens_at": opens, "closes_at": closes,
            "return_days": int(return_days), "exam_date": exam_date or None, "return_close": close}


def create_round(db, principal: Principal, *, exam_year: int, name: str, opens_at, closes_at,
                 return_days: int = 5, exam: str | None = None, exam_date=None, return_close: str | None = None) -> int:
    """A round; `return_days` are working days and a return closes at `return_close` (17:00)."""
    require_province_admin(principal)
    params = _validated(exam_year, opens_at, closes_at, return_days, exam_date, return_close)
    params.update(name=name, exam=exam or None, now=clock.now())
    with db.transaction() as cur:
        rnd = rows.one(cur, "insert_round", params)
        audit.append(cur, **actor_fields(principal), action="create_round", entity="round",
                     entity_id=rnd["id"], before=None, after={k: v for k, v in params.items() if k != "now"})
    return rnd["id"]


def update_round(db, principal: Principal, round_id: int, *, opens_at, closes_at, return_days: int,
                 exam_date=None, return_close: str | None = None) -> None:
    require_province_admin(principal)
    with db.transaction() as cur:
        before = rows.one(cur, "select_round", {"id": round_id})
        if before is None:
            raise NotFound("核查批次不存在")
        params = _validated(before["exam_year"], opens_at, closes_at, return_days,
                            before["exam_date"] if exam_date is None else exam_date,
                            before["return_close"] if return_close is None else return_close)
        cur.execute(rows.q("update_round"), params | {"id": round_id})
        audit.append(cur, **actor_fields(principal), action="update_round", entity="round",
                     entity_id=round_id, before=before, after=params)


def list_rounds(db, principal: Principal) -> list[dict]:
    require_role(principal, "admin", "reviewer", "candidate")
    with db.read() as cur:
        return rows.many(cur, "select_rounds")


def round_for(cur, exam: str, exam_year: int) -> dict | None:
    """The round governing a case: one for its exam if any, else the year's general round."""
    return rows.one(cur, "select_round_for_case", {"exam": exam, "exam_year": exam_year})


def window_state(rnd: dict | None, now: dt.datetime | None = None) -> str:
    """'none' | 'not_open' | 'open' | 'closed' — open from opens_at up to (not incl.) closes_at."""
    if rnd is None:
        return "none"
    now = (now or clock.now()).replace(second=0, microsecond=0)
    if now < rnd["opens_at"]:
        return "not_open"
    return "open" if now < rnd["closes_at"] else "closed"
