"""The one export writer: Chinese headers, the filter in the title row, numbers masked unless the
viewer is an administrator, progress told on long exports."""
import datetime as dt
import io

import openpyxl

from portal.services.people.auth import Principal
from portal.services.views import excel

REVIEWER = Principal(1, "reviewer", ("4301",), "审核员甲")
ADMIN = Principal(2, "admin", ("4301",), "管理员乙")
HEADER = ["案件号", "姓名", "身份证号", "手机号码", "提交时间", "标记"]
ROW = [7, "李娜", "430102199001011234", "13812341234", dt.datetime(2022, 4, 26, 10, 5), True]


def _read(data):
    return [list(r) for r in openpyxl.load_workbook(io.BytesIO(data)).active.iter_rows(values_only=True)]


def test_a_reviewer_gets_masked_numbers_and_the_filter_in_the_title():
    rows = _read(excel.table_xlsx(REVIEWER, "待审队列", HEADER, [ROW], filters={"市州": "长沙市", "考试": None}))
    assert rows[0][0] == "待审队列（筛选：市州：长沙市）"
    assert "审核员甲" in rows[1][0] and "北京时间" in rows[1][0] and "已脱敏" in rows[1][0]
    assert rows[2] == HEADER
    assert rows[3] == [7, "李娜", "4301**********1234", "138****1234", "2022-04-26 10:05", "是"]


def test_an_administrator_gets_full_numbers_and_no_filter_reads_all():
    rows = _read(excel.table_xlsx(ADMIN, "黑名单", HEADER, [ROW]))
    assert rows[0][0] == "黑名单（全部）" and rows[3][2] == "430102199001011234" and rows[3][3] == "13812341234"


def test_a_long_export_reports_progress_and_keeps_every_row():
    told = []
    data = excel.table_xlsx(REVIEWER, "全部案件", ["案件号"], ([n] for n in range(2500)), progress=told.append)
    assert told == [1000, 2000] and len(_read(data)) == 3 + 2500
