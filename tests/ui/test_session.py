"""Sessions: the page keeps a token that is resolved on every run; idle sessions end, logout and
deactivation revoke at once, and a new browser session holding only the cookie stays logged in."""
import datetime as dt

from portal.services.people import sessions, staff
from portal.services.system import operator
from portal.store import clock
from portal.ui import session as ui_session
from tests.ui.conftest import app, texts


def test_an_idle_session_is_ended_after_the_timeout_and_shows_only_public_pages(login, monkeypatch):
    who = login("reviewer")
    later = clock.now() + sessions.IDLE + dt.timedelta(seconds=5)
    monkeypatch.setattr(clock, "now", lambda: later)
    at = app(who)
    assert "session_token" not in at.session_state
    assert "会话已超时或已失效，请重新登录" in texts(at)
    assert "待审队列" not in texts(at)


def test_a_recent_session_stays_logged_in(login):
    at = app(login("reviewer"))
    assert "待审队列" in texts(at)


def test_logout_revokes_the_server_side_session(login, db):
    who = login("admin")
    at = app(who)
    at.button(key="sidebar_logout").click().run()
    assert "session_token" not in at.session_state
    assert "未登录" in texts(at)
    assert sessions.resolve(db, who.token) is None


def test_a_deactivated_reviewer_is_logged_out_on_the_next_click(login, db):
    who = login("reviewer")
    at = app(who)
    assert "待审队列" in texts(at)
    staff.set_active(db, operator(), who.user_id, False)
    at.run()
    assert "待审队列" not in texts(at) and "会话已超时或已失效" in texts(at)


def test_a_new_browser_session_with_the_cookie_stays_logged_in(login, monkeypatch):
    who = login("reviewer")
    monkeypatch.setattr(ui_session, "_cookie_token", lambda: who.token)
    at = app(None)  # nothing in session state: a refresh or a new tab
    assert "待审队列" in texts(at)
