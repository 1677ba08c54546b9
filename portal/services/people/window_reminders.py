"""The reminder before a round's submission window closes: the candidate of every case not yet
submitted is told, two working days (by the statutory calendar) before the close, once per case and
closing time; candidates of the same exam, level and close get one statement each for their
messages, SMS and reminder rows (the reminder rows name the cases), all in one transaction with one
audit event."""
from __future__ import annotations

import datetime as dt
from itertools import groupby

from portal.domain import deadlines
from portal.domain import message_texts as texts
from portal.services.people import notify
from portal.store import audit, clock, rows

SYSTEM = {"actor": "system:reminders", "role": "system"}
REMIND_DAYS = 2


def _group(case: dict) -> tuple:
    return case["exam"], case["level"], case["exam_year"], case["closes_at"]


def remind_window_closes(db, is_workday) -> list[int]:
    """Remind every unsubmitted case whose window closes within the next two working days; returns
    the case ids reminded by this call (none when run again for the same close)."""
    now = clock.now()
    last_day = deadlines.reminder_horizon(now.date(), is_workday, REMIND_DAYS)
    horizon = dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time())
    with db.transaction() as cur:
        due = rows.many(cur, "select_due_window_closes", {"now": now, "horizon": horizon})
        for (exam, level, exam_year, closes_at), group in groupby(sorted(due, key=_group), key=_group):
            case_ids = [c["case_id"] for c in group]
            cur.execute(rows.q("insert_window_reminders"), {"case_ids": case_ids, "closes_at": closes_at, "now": now})
            title, body, sms = texts.window_closing({"exam": exam, "level": level, "exam_year": exam_year}, closes_at)
            notify.to_candidates(cur, case_ids, "window", title, body, sms)
        if due:
            audit.append(cur, **SYSTEM, action="window.remind", entity="reminders", entity_id=None, before=None,
                         after={"reminded": len(due), "closes_at": sorted({c["closes_at"] for c in due})})
    return [c["case_id"] for c in due]
