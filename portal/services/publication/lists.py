"""Pass lists (公示): build from passed cases, review, publish for ≥ 5 working days, finalise.
Objections: `portal.services.publication.objections`; exports: `publication_exports`."""
from __future__ import annotations

import datetime as dt

from portal.domain import notice, units
from portal.domain.errors import Conflict, InvalidInput, PermissionDenied
from portal.publish.workdays import MIN_NOTICE_DAYS, CalendarUnknown
from portal.services.people import notify
from portal.services.people.auth import Principal, actor_fields, require_role
from portal.services.publication.calendar import now, work_calendar
from portal.services.publication.common import _all_cities, _change, _load, _move_cases, notice_contact, status_name
from portal.store import audit
from portal.store import rows as store_rows
from portal.store.queries import q


def get_pass_list(db, principal: Principal, list_id: int) -> dict:
    require_role(principal, "admin")
    with db.read() as cur:
        return _load(cur, principal, list_id)


def list_pass_lists(db, principal: Principal | None = None, *, status: str | None = None) -> list[dict]:
    """Admins see every list in their scope; without a principal only published and final lists."""
    with db.read() as cur:
        rows = store_rows.dicts(cur.execute(q("select_pass_lists"), {"status": status}))
    if principal is None or principal.role != "admin":
        return [r for r in rows if r["status"] in ("published", "final")]
    return [r for r in rows if r["city"] is None or principal.covers(r["city"])]


def build_pass_list(db, principal: Principal, *, exam: str, exam_year: int, level: str | None = None,
                    city: str | None = None, title: str | None = None) -> dict:
    require_role(principal, "admin")
    if city is None and set(principal.cities) != set(_all_cities()):
        raise PermissionDenied("无权操作：全省名单仅限省级管理员，请选择您负责的市州")
    if city is not None and not principal.covers(city):
        raise PermissionDenied("无权操作：该市州不在您的管辖范围内")
    from rules.aliases import EXAMS, LEVEL_NAMES
    if exam not in EXAMS:
        raise InvalidInput(f"未知的考试代码 {exam!r}")
    stamp = now()
    with db.transaction() as cur:
        earlier = [r for r in store_rows.dicts(cur.execute(q("select_pass_lists"), {"status": None}))
                   if (r["exam"], r["exam_year"], r["city"]) == (exam, exam_year, city)]
        place = units.city_name(city) if city else units.hunan_units().get("43").name
        title = (title or "").strip() or notice.list_title(
            place, exam_year, EXAMS[exam], LEVEL_NAMES.get(level, "") if level else "", len(earlier) + 1)
        list_id = cur.execute(q("insert_pass_list"), {"exam": exam, "exam_year": exam_year, "level": level,
                              "city": city, "title": title, "actor_id": principal.user_id, "now": stamp}).fetchall()[0][0]
        cur.execute(q("insert_pass_list_entries"), {"list_id": list_id, "exam": exam, "exam_year": exam_year,
                    "level": level, "city": city, "cities": list(principal.cities)})
        row = _load(cur, principal, list_id)
        if row["listed"] == 0:
            raise Conflict("没有可列入名单的核查合格考生（或已全部列入其他名单）")
        _change(cur, principal, list_id, None, "built", f"列入 {row['listed']} 人", stamp)
        audit.append(cur, **actor_fields(principal), action="pass_list.build", entity="pass_list",
                     entity_id=list_id, before=None, after={"title": title, "listed": row["listed"],
                     "exam": exam, "exam_year": exam_year, "level": level, "city": city})
    return row


def review_pass_list(db, principal: Principal, list_id: int) -> dict:
    require_role(principal, "admin")
    with db.transaction() as cur:
        row = _load(cur, principal, list_id)
        if row["status"] != "draft":
            raise Conflict(f"名单当前状态为“{status_name(row['status'])}”，只有草稿可以复核")
        stamp = now()
        cur.execute(q("update_pass_list_reviewed"), {"list_id": list_id, "actor_id": principal.user_id, "now": stamp})
        _change(cur, principal, list_id, None, "reviewed", None, stamp)
        audit.append(cur, **actor_fields(principal), action="pass_list.review", entity="pass_list",
                     entity_id=list_id, before={"status": "draft"}, after={"status": "reviewed"})
        return _load(cur, principal, list_id)


def publish_pass_list(db, principal: Principal, list_id: int, *, publisher: str, objection_unit: str,
                      objection_phone: str, start: dt.date | None = None, days: int = MIN_NOTICE_DAYS,
                      count_start: bool = True) -> dict:
    """Publish: cases on the list become `published`; the notice ends after `days` working days.

    The notice starts no earlier than the day of publishing (a later start is fine), and the public
    page names the publishing unit and where objections go, so both are required."""
    require_role(principal, "admin")
    contact = notice_contact(publisher, objection_unit, objection_phone)
    stamp = now()
    start = start or stamp.date()
    if start < stamp.date():
        raise InvalidInput(f"公示开始日期 {start} 早于发布当天 {stamp.date()}：公示期不能倒签")
    try:
        end = work_calendar(db).notice_end(start, days, count_start=count_start)
    except CalendarUnknown as exc:
        raise InvalidInput(str(exc)) from exc
    except ValueError as exc:
        raise InvalidInput(str(exc)) from exc
    with db.transaction() as cur:
        row = _load(cur, principal, list_id)
        if row["status"] != "reviewed":
            raise Conflict(f"名单当前状态为“{status_name(row['status'])}”，须先复核才能发布")
        cur.execute(q("update_pass_list_published"), {"list_id": list_id, "actor_id": principal.user_id,
                    "now": stamp, "notice_start": start, "notice_end": end, "notice_days": days, **contact})
        moved = _move_cases(cur, list_id, "passed", "published", "listed", stamp)
        if moved != row["listed"]:
            raise Conflict(f"名单中有 {row['listed'] - moved} 个案件已不是“核查合格”状态，请重新生成名单")
        _change(cur, principal, list_id, None, "published", f"公示期 {start} 至 {end}（{days}个工作日）", stamp)
        notify.list_published(cur, row, start, end)
        audit.append(cur, **actor_fields(principal), action="pass_list.publish", entity="pass_list",
                     entity_id=list_id, before={"status": "reviewed"},
                     after={"status": "published", "published_at": stamp, "notice_start": start,
                            "notice_end": end, "days": days, "cases_published": moved, **contact})
        return _load(cur, principal, list_id)


def finalise_pass_list(db, principal: Principal, list_id: int) -> dict:
    """After the notice period (by the portal's clock, never a date the caller names) the remaining
    passers become final and may be certified."""
    require_role(principal, "admin")
    today = now().date()
    with db.transaction() as cur:
        row = _load(cur, principal, list_id)
        if row["status"] != "published":
            raise Conflict(f"名单当前状态为“{status_name(row['status'])}”，只有公示中的名单可以结束公示")
        if today <= row["notice_end"]:
            raise Conflict(f"公示期至 {row['notice_end']} 结束，期满后才能确认名单")
        stamp = now()
        cur.execute(q("update_pass_list_final"), {"list_id": list_id, "now": stamp})
        moved = _move_cases(cur, list_id, "published", "final", "listed", stamp)
        cur.execute(q("update_pass_list_entries_final"), {"list_id": list_id})
        _change(cur, principal, list_id, None, "final", f"公示期满，{moved} 人确认", stamp)
        audit.append(cur, **actor_fields(principal), action="pass_list.finalise", entity="pass_list",
                     entity_id=list_id, before={"status": "published"}, after={"status": "final", "final": moved})
        return _load(cur, principal, list_id)
