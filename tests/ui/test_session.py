"""Sessions: an idle session ends after the timeout; logout ends it at once."""
import time

from portal.ui.session import TIMEOUT_SECONDS
from tests.ui.conftest import app, texts


def test_an_idle_session_is_ended_after_the_timeout_and_shows_only_public_pages(login):
    at = app(login("reviewer"), last_seen=time.time() - TIMEOUT_SECONDS - 5)
    assert "principal" not in at.session_state
    assert "会话已超时，请重新登录" in texts(at)
    assert "待审队列" not in texts(at)


def test_a_recent_session_stays_logged_in(login):
    at = app(login("reviewer"), last_seen=time.time() - TIMEOUT_SECONDS + 60)
    assert at.session_state["principal"].role == "reviewer"
    assert "待审队列" in texts(at)


def test_logout_clears_the_session(login):
    at = app(login("admin"))
    at.button(key="sidebar_logout").click().run()
    assert "principal" not in at.session_state
    assert "未登录" in texts(at)
