"""The deadline sweep: a returned case is reminded once, two working days (by the statutory calendar)
before its deadline, however often the sweep runs; a new deadline is reminded again."""
import datetime as dt
import time

from portal.domain import deadlines
from portal.jobs.periodic import Ticker
from portal.services.cases import decisions, queue, submission
from portal.services.people import reminders

DEADLINE = "2022-05-05 17:00"  # Thursday after the May Day holiday (2022-04-30..05-04 off)


def _returned(world, case_id, deadline=DEADLINE):
    world.submit(case_id)
    queue.claim_case(world.db, world.staff["cs1"], case_id)
    decisions.return_case(world.db, world.staff["cs1"], case_id, items=["补充学历证明"], deadline=deadline)


def _reminders(world):
    with world.db.read() as cur:
        return cur.execute("SELECT m.case_id, m.body FROM messages m WHERE m.kind = 'deadline' ORDER BY m.id").fetchall()


def _sweep(world) -> int:
    """One sweep; how many return reminders it sent (the world's cases not yet submitted also get the
    reminder of the round's close, counted in its own tests)."""
    before = len(_reminders(world))
    reminders.sweep(world.db)
    return len(_reminders(world)) - before


def test_the_reminder_goes_two_working_days_ahead_by_the_holiday_calendar_and_only_once(world):
    case_id = world.changsha[0]
    _returned(world, case_id)
    world.clock.set(dt.datetime(2022, 4, 27, 9, 0))  # Wednesday: Thursday and Friday come first
    assert _sweep(world) == 0
    world.clock.set(dt.datetime(2022, 4, 28, 9, 0))  # Thursday: Friday, then (holidays) Thursday 05-05;
    assert _sweep(world) == 1            # Monday to Friday alone would wait until Monday 05-02
    for hours in (0, 1, 30, 100):
        world.clock.set(dt.datetime(2022, 4, 28, 9, 0) + dt.timedelta(hours=hours))
        assert _sweep(world) == 0
    [(reminded, body)] = _reminders(world)
    assert reminded == case_id and "2022-05-05 17:00（北京时间）" in body
    with world.db.read() as cur:
        assert cur.execute("SELECT count(*) FROM outbox WHERE purpose = 'deadline'").fetchone()[0] == 1
        assert cur.execute("SELECT count(*) FROM audit_log WHERE action = 'deadline.remind'").fetchone()[0] == 1


def test_no_reminder_after_the_deadline_or_for_an_answered_return(world):
    late, answered = world.changsha[:2]
    _returned(world, late)
    _returned(world, answered)
    submission.resubmit_case(world.db, world.candidate(answered), answered, background=False)
    world.clock.set(dt.datetime(2022, 5, 5, 17, 1))
    assert _sweep(world) == 0 and _reminders(world) == []


def test_a_new_deadline_after_a_second_return_is_reminded_again(world):
    case_id = world.changsha[0]
    _returned(world, case_id)
    world.clock.set(dt.datetime(2022, 4, 28, 9, 0))
    assert _sweep(world) == 1
    submission.resubmit_case(world.db, world.candidate(case_id), case_id, background=False)
    queue.claim_case(world.db, world.staff["cs1"], case_id)
    decisions.return_case(world.db, world.staff["cs1"], case_id, items=["再补"], deadline="2022-05-13 17:00")
    world.clock.set(dt.datetime(2022, 5, 10, 9, 0))  # Tuesday: Friday is three working days away
    assert _sweep(world) == 0
    world.clock.set(dt.datetime(2022, 5, 11, 9, 0))
    assert _sweep(world) == 1 and _sweep(world) == 0
    assert [c for c, _ in _reminders(world)] == [case_id, case_id]


def test_the_periodic_thread_runs_the_sweep_repeatedly_without_repeating_a_reminder(world):
    _returned(world, world.changsha[0])
    world.clock.set(dt.datetime(2022, 4, 28, 9, 0))
    ticker = Ticker(world.db, reminders.sweep, 0.01, name="reminders-test").start()
    try:
        end = time.monotonic() + 10
        while ticker.runs < 5 and time.monotonic() < end:
            time.sleep(0.02)
    finally:
        ticker.stop()
    assert ticker.runs >= 5 and len(_reminders(world)) == 1


def test_the_horizon_counts_working_days_only():
    weekdays = lambda d: d.weekday() < 5  # noqa: E731
    assert deadlines.reminder_horizon(dt.date(2026, 12, 3), weekdays) == dt.date(2026, 12, 7)  # Thu -> Mon
    assert deadlines.reminder_horizon(dt.date(2026, 12, 2), weekdays) == dt.date(2026, 12, 4)  # Wed -> Fri
    assert deadlines.reminder_horizon(dt.date(2026, 12, 5), weekdays) == dt.date(2026, 12, 8)  # Sat -> Tue
