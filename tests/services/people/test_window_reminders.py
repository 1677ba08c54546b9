"""The reminder before a round's submission window closes: every case not yet submitted is reminded
once, two working days (by the statutory calendar) before the close, in-site and by SMS; a submitted
case is not; the exam's own round decides over the year's general one; a later close is reminded
again."""
import datetime as dt

from portal.services.cases import rounds
from portal.services.people import reminders

CLOSE = "2022-04-30 17:00（北京时间）"  # the world's round: 2022-04-25 09:30 to 2022-04-30 17:00 (a Saturday, May Day)


def _window(world):
    with world.db.read() as cur:
        msgs = cur.execute("SELECT case_id, candidate_id, title, body FROM messages WHERE kind = 'window' "
                           "ORDER BY case_id").fetchall()
        sms = cur.execute("SELECT recipient, body FROM outbox WHERE purpose = 'window' ORDER BY id").fetchall()
    return msgs, sms


def test_every_case_not_yet_submitted_is_reminded_once_before_the_window_closes(world):
    submitted = world.changsha[0]
    world.submit(submitted)
    drafts = sorted(set(world.cases) - {submitted})
    world.clock.set(dt.datetime(2022, 4, 27, 9, 0))  # Wednesday: Thursday and Friday still come first
    reminders.sweep(world.db)
    assert _window(world) == ([], [])
    world.clock.set(dt.datetime(2022, 4, 28, 9, 0))  # Thursday: the close is within two working days
    assert reminders.sweep(world.db) == len(drafts)
    for hours in (1, 8, 30):
        world.clock.set(dt.datetime(2022, 4, 28, 9, 0) + dt.timedelta(hours=hours))
        assert reminders.sweep(world.db) == 0
    msgs, sms = _window(world)
    assert [m[0] for m in msgs] == drafts  # keyed to the candidate record: no account needed yet
    assert all(m[2] == "材料提交即将截止" and CLOSE in m[3] and "2021年度经济专业技术资格（中级）" in m[3] for m in msgs)
    assert sorted(r for r, _ in sms) == sorted(world.cases[c]["phone"] for c in drafts)
    for case_id in drafts:
        person = world.cases[case_id]
        assert not any(person["phone"] in b or person["id_number"] in b for _, b in sms)
    assert {b for _, b in sms} == {"【考后核查】您的经济专业技术资格（中级）核查材料尚未提交，将于2022-04-30 17:00（北京时间）截止，"
                                   "请尽快登录系统提交。"}
    with world.db.read() as cur:
        assert cur.execute("SELECT count(*) FROM audit_log WHERE action = 'window.remind'").fetchone()[0] == 1


def test_the_exams_own_round_decides_and_a_later_close_is_reminded_again(world):
    world.clock.set(dt.datetime(2022, 4, 26, 9, 0))
    own = rounds.create_round(world.db, world.admin, exam_year=2021, name="2021年度经济专业技术资格考后核查",
                              exam="economics", opens_at="2022-04-25 09:30", closes_at="2022-05-10 17:00")
    world.clock.set(dt.datetime(2022, 4, 28, 9, 0))  # the general round closes on 04-30: not these cases' round
    assert reminders.sweep(world.db) == 0
    world.clock.set(dt.datetime(2022, 5, 6, 9, 0))  # Friday: the next working days are Saturday 05-07 (the
    assert reminders.sweep(world.db) == 0           # May Day swap) and Monday 05-09, before the close
    world.clock.set(dt.datetime(2022, 5, 7, 9, 0))
    assert reminders.sweep(world.db) == len(world.cases)
    rounds.update_round(world.db, world.admin, own, opens_at="2022-04-25 09:30", closes_at="2022-05-12 17:00",
                        return_days=5)
    world.clock.set(dt.datetime(2022, 5, 10, 9, 0))
    assert reminders.sweep(world.db) == len(world.cases) and reminders.sweep(world.db) == 0
    msgs, sms = _window(world)
    assert len(msgs) == 2 * len(world.cases) and len(sms) == 2 * len(world.cases)
    assert sum("2022-05-12 17:00（北京时间）" in m[3] for m in msgs) == len(world.cases)


def test_no_reminder_before_the_window_opens_or_after_it_closed(world):
    world.clock.set(dt.datetime(2022, 4, 24, 9, 0))
    rounds.update_round(world.db, world.admin, world.round_id, opens_at="2022-04-25 09:30",
                        closes_at="2022-04-26 17:00", return_days=5)
    assert reminders.sweep(world.db) == 0  # the close is two working days away, but the window is not open yet
    world.clock.set(dt.datetime(2022, 4, 26, 17, 0))
    assert reminders.sweep(world.db) == 0 and _window(world) == ([], [])
