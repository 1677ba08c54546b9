"""One case through the whole portal in a real browser (Debian chromium via Playwright): a candidate
self-checks, uploads generated scans and submits; a reviewer returns it with two items; the
candidate sees both at once, replaces a file and resubmits; the reviewer passes it; the
administrator sees it on the dashboard. Screenshots of every step land in the test's tmp dir."""
import re

import pytest

from portal.demo.people import spec
from portal.demo.scans import scan

pytestmark = [pytest.mark.browser, pytest.mark.slow]
ITEMS = ["工作年限证明须列明2011年以来的全部工作单位", "请在报名表上方补写本人手机号码并重新扫描"]


def _newcomer():
    person = next(p for p in spec()["candidates"] if p["story"] == "draft")
    return person, person["newcomer"]


class Steps:
    def __init__(self, page, url, out):
        self.page, self.url, self.out, self.n = page, url, out, 0

    def shot(self, name):
        self.n += 1
        self.idle()
        path = self.out / f"{self.n:02d}_{name}.png"
        self.page.screenshot(path=str(path))
        return path

    def see(self, text, timeout=60_000):
        try:
            self.page.get_by_text(text).first.wait_for(timeout=timeout)
        except Exception:
            self.page.screenshot(path=str(self.out / "failed.png"))
            raise AssertionError(f"never saw {text!r} on the page (see failed.png)") from None

    def idle(self, timeout=180_000):
        """Wait until the script run finished (Streamlit shows its status widget while running)."""
        self.page.wait_for_timeout(400)
        self.page.wait_for_function("() => !document.querySelector('[data-testid=stStatusWidget]')",
                                    timeout=timeout)

    def login(self, username, password):
        self.page.goto(self.url + "/login")
        self.page.get_by_label("用户名（考生请填身份证号）").fill(username)
        self.page.get_by_label("密码", exact=True).fill(password)
        self.page.get_by_role("button", name="登录", exact=True).click()
        self.see("已登录")

    def logout(self):
        self.page.get_by_role("button", name="退出登录").first.click()
        self.see("未登录")

    def go(self, title):
        self.page.get_by_role("link", name=title).first.click()

    def upload(self, index, name, data, tmp):
        path = tmp / name
        path.write_bytes(data)
        self.idle()
        self.page.locator("input[type=file]").nth(index).set_input_files(str(path))
        self.see(f"已上传：{name}", timeout=180_000)
        self.idle()


def test_a_case_goes_from_self_check_through_a_return_to_a_pass(browser_page, portal_server, tmp_path):
    person, answers = _newcomer()
    s = Steps(browser_page, portal_server, tmp_path)
    page = browser_page
    shots = tmp_path / "docs"
    shots.mkdir()

    s.login(person["id_number"], "Kaosheng2024")
    s.see("个人自审")
    for label, value in (("毕业日期", answers["graduation_date"]), ("参加相关专业工作时间", answers["work_start"])):
        page.get_by_role("spinbutton", name=f"年，{label}").focus()
        page.keyboard.type(str(value).replace("-", ""))
        page.keyboard.press("Escape")
    page.get_by_role("button", name="保存并自审").click()
    s.see("符合报考条件")
    s.see("教育部学历证书电子注册备案表")
    s.shot("candidate_self_check")

    s.go("上传材料")
    s.see("1. 资格考试报名表")
    kinds = ["application_form", "work_proof", "chsi_record"]
    for i, kind in enumerate(kinds):
        name, data = scan(kind, person, answers, fmt="png" if kind == "application_form" else "pdf")
        s.upload(i, name, data, shots)
    s.see("识别为：资格考试报名表")
    s.shot("candidate_uploaded")
    page.get_by_role("button", name="确认无误，提交").click()
    s.see("材料已提交")
    case_no = page.locator('[data-testid="stMetricValue"]').first.inner_text().strip()
    s.shot("candidate_submitted")
    s.logout()

    s.login("cs_reviewer", "Review2024cs")
    s.see("待审队列")
    page.get_by_label("按案件号领取").fill(case_no)
    page.get_by_label("按案件号领取").press("Enter")
    page.get_by_role("button", name="领取", exact=True).click()
    s.see("审核决定")
    s.see("符合报考条件")
    s.shot("reviewer_workbench")
    page.get_by_text("退回补充（一次性告知）").click()
    s.idle()
    box = page.get_by_label("其他需补正事项（每行一项）")
    box.fill("\n".join(ITEMS))
    box.press("Control+Enter")
    s.idle()
    page.get_by_role("button", name="提交决定").click()
    s.see(f"案件 {case_no}：已退回")
    s.shot("reviewer_returned")
    s.logout()

    s.login(person["id_number"], "Kaosheng2024")
    s.go("我的核查")
    s.see("一次性补正以下全部 2 项")
    for item in ITEMS:
        s.see(item)
    s.shot("candidate_sees_both_items")
    s.go("上传材料")
    s.see("退回补充事项")
    name, data = scan("work_proof", person, answers, {"employer": person["employer"] + "（2011年至今）"}, fmt="pdf")
    s.upload(1, "补充_" + name, data, shots)
    s.shot("candidate_replaced_file")
    page.get_by_role("button", name="重新提交").click()
    s.see("已重新提交")
    s.shot("candidate_resubmitted")
    s.logout()

    s.login("cs_reviewer", "Review2024cs")
    page.get_by_label("按案件号领取").fill(case_no)
    page.get_by_label("按案件号领取").press("Enter")
    page.get_by_role("button", name="领取", exact=True).click()
    s.see("审核决定")
    s.see("此前的退回事项")
    page.get_by_role("button", name="提交决定").click()
    s.see(f"案件 {case_no}：核查通过")
    s.shot("reviewer_passed")
    s.logout()

    s.login("admin", "Admin2024demo")
    s.see("统计看板")
    s.see("每日审核量（按审核员）")
    page.locator('[data-testid="stVegaLiteChart"], .vega-embed').first.wait_for()
    s.shot("admin_dashboard")
    s.go("过程跟踪")
    trail = page.get_by_label("案件号")
    trail.fill(case_no)
    trail.press("Enter")
    s.see("当前进展：核查通过")
    s.shot("admin_trail")
    assert len(list(tmp_path.glob("*.png"))) == 11
    assert re.fullmatch(r"\d+", case_no)
