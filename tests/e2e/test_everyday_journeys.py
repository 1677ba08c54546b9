"""The everyday work of a bureau in a real browser (Debian chromium), on one shared demo portal:
find a case and open it read-only, then claim it; export a list and find in the workbook exactly the
table shown; import a list from the downloaded template through its preview; list, download and
revoke a certificate; and the reviewer's screens fit 1366 px without cut columns."""
import csv
import io
import re

import openpyxl
import pypdfium2
import pytest

from checks.idnumber import check_digit
from tests.e2e.conftest import CERTIFICATES, CITY_ADMIN
from tests.e2e.portal_page import go, idle, login, see
from tests.ui.conftest import sheet

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _select_first_row(page, grid) -> None:
    """Tick the first data row of a selectable table (its row marker, left of the first column)."""
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 14, box["y"] + 35 + 17)
    idle(page)


def _download(page, click) -> bytes:
    with page.expect_download() as info:
        click()
    return open(info.value.path(), "rb").read()


def _shown_csv(page, grid) -> list[list[str]]:
    """The table as the page shows it: the table's own CSV download from its toolbar (saved as an
    ordinary download: the browser's save-file dialog is taken away before the page loads). The
    portal hides that toolbar (its lists export Excel), so the test shows it again first."""
    page.add_style_tag(content='[data-testid="stElementToolbar"] { display: flex !important; }')
    grid.hover()
    data = _download(page, lambda: grid.locator('button[aria-label="下载 CSV"]').click())
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def test_search_opens_a_case_read_only_and_it_can_be_claimed_from_there(fresh_page, shared_portal):
    page = fresh_page
    login(page, shared_portal, "cs_reviewer")
    go(page, "全部案件")
    box = page.get_by_role("textbox", name="搜索")
    box.fill("李娜")
    box.press("Enter")
    idle(page)
    see(page, "共 1 件")
    _select_first_row(page, page.locator('[data-testid="stDataFrame"]').first)
    button = page.get_by_role("button", name=re.compile(r"只读查看案件 \d+"))
    case_no = re.search(r"\d+", button.inner_text()).group()
    button.click()
    idle(page)
    see(page, "只读查看，不领取、不改变案件")
    assert page.get_by_label("案件号").input_value() == case_no
    page.get_by_role("button", name="领取此案件并审核").click()
    idle(page)
    see(page, "审核决定")


def test_the_queue_export_holds_exactly_the_table_shown(fresh_page, shared_portal):
    page = fresh_page
    page.add_init_script("delete window.showSaveFilePicker; delete Window.prototype.showSaveFilePicker;")
    login(page, shared_portal, "cs_reviewer")
    grid = page.locator('[data-testid="stDataFrame"]').first
    shown = _shown_csv(page, grid)
    title, header, body = sheet(_download(page, lambda: page.get_by_role("button", name="导出 Excel").first.click()))
    assert title.startswith("待审队列") and header == shown[0] and len(body) == len(shown) - 1 >= 2
    assert [[str(v) for v in row] for row in body] == shown[1:]


def test_an_import_goes_from_the_template_through_the_preview_to_the_commit(fresh_page, shared_portal, tmp_path):
    page = fresh_page
    login(page, shared_portal, *CITY_ADMIN)
    go(page, "导入名单")
    template = _download(page, lambda: page.get_by_role("button", name="下载名单模板（XLSX）").click())
    book = openpyxl.load_workbook(io.BytesIO(template))
    ws = book.active
    header = [c.value for c in ws[1]]
    assert "身份证号" in header and "姓名" in header
    example = {h: c.value for h, c in zip(header, ws[2])}
    good, bad = "43010219900101001" + check_digit("43010219900101001"), "43010219910202002"
    bad += "0" if check_digit(bad) != "0" else "1"  # a wrong check digit
    rows = [dict(example, 姓名="钱多多", 身份证号=good, 手机号码="13807319901", 市州="长沙市"),
            dict(example, 姓名="孙少平", 身份证号=bad, 手机号码="13807319902", 市州="长沙市")]
    for n, row in enumerate(rows, 2):
        for col, h in enumerate(header, 1):
            ws.cell(n, col, row[h])
    path = tmp_path / "长沙名单.xlsx"
    book.save(path)
    page.locator("input[type=file]").set_input_files(str(path))
    idle(page)
    see(page, "导入预览：长沙名单.xlsx（尚未导入）")
    see(page, "将接收 1 行，拒收 1 行")
    _, head, preview = sheet(_download(page, lambda: page.get_by_role("button", name="导出 Excel").click()))
    assert [r[1] for r in preview] == ["新增", "拒收"] and "钱多多" in str(preview)
    assert f"末位为 {bad[-1]}，按前17位应为 {check_digit(bad[:17])}" in str(preview)  # the exact reason
    page.get_by_role("button", name="确认导入").click()
    idle(page)
    page.locator('[role="gridcell"]', has_text="钱多多").first.wait_for(state="attached")  # the accepted row, by name
    go(page, "全部案件")
    box = page.get_by_role("textbox", name="搜索")
    box.fill("钱多多")
    box.press("Enter")
    idle(page)
    see(page, "共 1 件")


def test_a_certificate_is_listed_downloaded_and_revoked_from_the_list(fresh_page, shared_portal):
    page = fresh_page
    login(page, shared_portal, "admin")
    go(page, "证书管理")
    page.get_by_role("tab", name="证书列表").click()
    idle(page)
    box = page.get_by_role("textbox", name="搜索")
    box.fill(CERTIFICATES[0].lower())  # a number typed in lower case is found
    box.press("Enter")
    idle(page)
    see(page, "共 1 本")
    pick = page.get_by_role("combobox", name="查看证书")
    pick.click()
    pick.fill(CERTIFICATES[0])
    pick.press("Enter")
    idle(page)
    see(page, "发证机构：长沙市人力资源和社会保障局")
    pdf = _download(page, lambda: page.get_by_role("button", name="下载电子证书（PDF）").click())
    assert pdf.startswith(b"%PDF") and len(pypdfium2.PdfDocument(pdf)) == 1
    reason = page.get_by_label("撤销原因")
    reason.fill("证书信息录入错误，经核实予以撤销")
    page.get_by_role("button", name="撤销证书").click()
    idle(page)
    see(page, f"已撤销：{CERTIFICATES[0]}")
    see(page, "已撤销：证书信息录入错误，经核实予以撤销")


CUT_TABLES = """() => [...document.querySelectorAll('[data-testid="stMain"] [data-testid="stDataFrame"]')].map(grid => {
    const scroller = grid.querySelector('.dvn-scroller');
    return {width: Math.round(grid.getBoundingClientRect().width), overflow: scroller ? scroller.scrollWidth - scroller.clientWidth : 0};
}).filter(t => t.width > 0)"""


def test_the_queue_and_the_workbench_fit_1366_pixels_without_cut_columns(fresh_page, shared_portal):
    page = fresh_page
    assert page.viewport_size == {"width": 1366, "height": 768}
    login(page, shared_portal, "cs_reviewer")
    page.locator('[data-testid="stMain"] .dvn-scroller').first.wait_for()
    queue = page.evaluate(CUT_TABLES)
    page.get_by_role("button", name="领取下一件").click()  # (or the case the search journey claimed)
    idle(page)
    go(page, "审核工作台")
    see(page, "审核决定")
    page.locator('[data-testid="stMain"] .dvn-scroller').nth(1).wait_for()
    workbench = page.evaluate(CUT_TABLES)
    assert queue and len(workbench) >= 2  # the queue; the candidate's two rows (and the trail)
    assert [t for t in queue + workbench if t["overflow"] > 0] == [], (queue, workbench)
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
