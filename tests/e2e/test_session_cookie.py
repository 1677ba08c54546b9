"""A refresh keeps the user logged in (the session cookie), and logout really ends the session:
a refresh afterwards shows the logged-out portal (Debian chromium via Playwright)."""
import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_a_refresh_keeps_the_login_and_logout_ends_it(browser_page, portal_server):
    page = browser_page
    page.goto(portal_server + "/login")
    page.get_by_label("用户名（考生请填身份证号）").fill("cs_reviewer")
    page.get_by_label("密码", exact=True).fill("Review2024cs")
    page.get_by_role("button", name="登录", exact=True).click()
    page.get_by_text("已登录").first.wait_for()
    cookie = next(c for c in page.context.cookies() if c["name"] == "portal_session")
    assert cookie["sameSite"] == "Strict" and cookie["value"] not in page.url
    page.reload()
    page.get_by_text("已登录").first.wait_for()
    page.goto(portal_server + "/")  # a typed address: a new session, same browser
    page.get_by_text("待审队列").first.wait_for()
    page.get_by_role("button", name="退出登录").first.click()
    page.get_by_text("未登录").first.wait_for()
    page.reload()
    page.get_by_text("未登录").first.wait_for()
    assert page.get_by_text("待审队列").count() == 0


def _login(page, url, username, password):
    page.goto(url + "/login")
    page.get_by_label("用户名（考生请填身份证号）").fill(username)
    page.get_by_label("密码", exact=True).fill(password)
    page.get_by_role("button", name="登录", exact=True).click()
    page.get_by_text("已登录").first.wait_for()


def test_a_deactivated_reviewer_is_refused_on_the_next_click(browser_page, portal_server):
    reviewer = browser_page
    _login(reviewer, portal_server, "cs_reviewer", "Review2024cs")
    reviewer.get_by_text("待审队列").first.wait_for()
    admin = reviewer.context.browser.new_context().new_page()  # another person, another browser
    _login(admin, portal_server, "admin", "Admin2024demo")
    admin.get_by_role("link", name="审核员与权限").first.click()
    admin.get_by_text("账号维护").first.wait_for()
    admin.get_by_test_id("stSelectbox").first.click()
    admin.get_by_role("option", name="长沙审核员李明（审核员）").click()
    admin.get_by_role("button", name="停用").click()
    admin.get_by_text("已停用：长沙审核员李明").first.wait_for()
    reviewer.get_by_role("link", name="已审记录").first.click()  # the reviewer's very next click
    reviewer.get_by_text("会话已超时或已失效").first.wait_for()
    assert reviewer.get_by_text("待审队列").count() == 0
