"""A return reaches the candidate (Debian chromium via Playwright): a reviewer returns a submitted demo
case; the candidate logs in, sees the bell count and the message with its deadline in Beijing time;
the administrator's outbox holds the SMS, the number masked."""
import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]
CASE_NO, CANDIDATE, PHONE = "3", "430104199311210315", "13807310003"  # demo: 刘洋, the third of the list, submitted in 长沙


def _login(page, url, username, password):
    page.goto(url + "/login")
    page.get_by_label("用户名（考生请填身份证号）").fill(username)
    page.get_by_label("密码", exact=True).fill(password)
    page.get_by_role("button", name="登录", exact=True).click()
    page.get_by_text("已登录").first.wait_for()


def _logout(page):
    page.get_by_role("button", name="退出登录").first.click()
    page.get_by_text("未登录").first.wait_for()


def test_a_return_reaches_the_candidates_bell_and_the_outbox(browser_page, portal_server, tmp_path):
    page, url = browser_page, portal_server
    page.set_default_timeout(20_000)
    _login(page, url, "cs_reviewer", "Review2024cs")
    page.get_by_label("按案件号领取").fill(CASE_NO)
    page.get_by_label("按案件号领取").press("Enter")
    page.get_by_role("button", name="领取", exact=True).click()
    page.get_by_text("审核决定").first.wait_for()
    page.get_by_text("退回补充（一次性告知）").click()
    box = page.get_by_label("其他需补正事项（每行一项）")
    box.fill("请补充加盖公章的工作年限证明")
    box.press("Control+Enter")
    page.get_by_role("button", name="提交决定").click()
    page.get_by_text(f"案件 {CASE_NO}：已退回").first.wait_for()
    _logout(page)

    _login(page, url, CANDIDATE, "Kaosheng2024")
    bell = page.get_by_role("link", name="未读消息 1 条")
    bell.wait_for()
    page.screenshot(path=str(tmp_path / "candidate_bell.png"))
    bell.click()
    page.get_by_text("核查材料被退回，请补正").first.wait_for()
    body = page.get_by_text("请补充加盖公章的工作年限证明").first.inner_text()
    assert re.search(r"请在 \d{4}-\d{2}-\d{2} 17:00（北京时间） 前登录系统", body), body
    page.screenshot(path=str(tmp_path / "candidate_messages.png"))
    _logout(page)

    _login(page, url, "admin", "Admin2024demo")
    page.get_by_role("link", name="消息发件箱").first.click()
    page.get_by_text("未配置短信网关").first.wait_for()
    grid = page.locator('[data-testid="stDataFrame"]').first
    grid.get_by_text("退回补正通知").first.wait_for(state="attached")  # the grid's accessible copy of its cells
    page.screenshot(path=str(tmp_path / "admin_outbox.png"))
    shown = grid.text_content()
    assert PHONE[:3] + "****" + PHONE[-4:] in shown and PHONE not in shown, shown[:500]
    assert "退回补正通知" in shown
