"""The periodic sweep of the portal process: a reminder two working days (by the statutory calendar)
before a return's deadline, once per case and deadline, the same before a round's submission window
closes (`window_reminders`), and the delivery of SMS still waiting for the gateway, a bounded number
per sweep (single notices before a whole list's). Safe to run any number of times, from any number
of threads: a reminder is keyed by (case, deadline), written with its message, SMS and audit event
in one transaction."""
from __future__ import annotations

import datetime as dt
import os

from portal.domain import deadlines
from portal.domain import message_texts as texts
from portal.publish.workdays import CalendarUnknown
from portal.services.people import messages, notify, window_reminders
from portal.services.publication.calendar import work_calendar
from portal.store import audit, clock, rows

SYSTEM = {"actor": "system:reminders", "role": "system"}
REMIND_DAYS = 2
DELIVER_BATCH = 200  # SMS handed to the gateway per sweep (PORTAL_SMS_PER_SWEEP); the rest wait for the next


def per_sweep() -> int:
    """How many SMS one sweep hands to the gateway (PORTAL_SMS_PER_SWEEP, default 200)."""
    try:
        return max(1, int(os.environ.get("PORTAL_SMS_PER_SWEEP", DELIVER_BATCH)))
    except ValueError:
        return DELIVER_BATCH


def _is_workday(db):
    calendar = work_calendar(db)

    def is_workday(day: dt.date) -> bool:
        try:
            return calendar.is_workday(day)
        except CalendarUnknown:  # a year the calendar does not know yet: Monday to Friday
            return day.weekday() < 5
    return is_workday


def remind_deadlines(db, is_workday=None) -> list[int]:
    """Remind every returned case whose deadline falls within the next two working days; returns the
    case ids reminded by this call (none when run again)."""
    now = clock.now()
    last_day = deadlines.reminder_horizon(now.date(), is_workday or _is_workday(db), REMIND_DAYS)
    horizon = dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time())
    with db.transaction() as cur:
        due = rows.many(cur, "select_due_return_deadlines", {"now": now, "horizon": horizon})
        for case in due:
            cur.execute(rows.q("insert_deadline_reminder"), {"case_id": case["case_id"],
                                                             "deadline": case["return_deadline"], "now": now})
            notify.to_candidate(cur, case | {"id": case["case_id"]}, "deadline",
                                *texts.deadline_near(case, case["return_deadline"]))
        if due:
            audit.append(cur, **SYSTEM, action="deadline.remind", entity="reminders", entity_id=None, before=None,
                         after={"cases": [c["case_id"] for c in due]})
    return [c["case_id"] for c in due]


def deliver_pending(db, limit: int | None = None) -> int:
    """Send up to `limit` SMS recorded for the gateway and not yet sent, codes and single notices
    first, then a whole list's or batch's notices oldest first; the rest stay queued."""
    with db.read() as cur:
        pending = [r["id"] for r in rows.many(cur, "select_pending_outbox", {"limit": int(limit or per_sweep())})]
    for outbox_id in pending:
        messages.deliver(db, outbox_id)
    return len(pending)


def sweep(db) -> int:
    """One round of the periodic work; returns how many reminders it sent (returns and windows)."""
    is_workday = _is_workday(db)
    reminded = remind_deadlines(db, is_workday) + window_reminders.remind_window_closes(db, is_workday)
    if messages.gateway_configured():
        deliver_pending(db)
    return len(reminded)
