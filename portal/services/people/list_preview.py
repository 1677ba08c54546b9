"""Before importing the candidate list: the XLSX template to fill in, and a preview of what an
import would do with each row (new, updated, unchanged, or rejected with its reason) that
writes nothing."""
from __future__ import annotations

import functools
import io
from pathlib import Path

import openpyxl
from openpyxl.styles import Font
from openpyxl.worksheet.datavalidation import DataValidation

from portal.domain.units import cities
from portal.services.people import list_file, list_import
from portal.services.people.auth import Principal, require_role
from rules.aliases import EXAMS, LEVEL_NAMES

TEMPLATE_HEADER = ["姓名", "身份证号", "手机号码", "考试", "级别", "考试年度", "市州", "工作单位", "成绩"]
EXAMPLE = ["张三", "430102199001011238", "13800000000", "经济专业技术资格", "中级", "2021", "长沙市",
           "湖南建工集团有限公司", "85"]


@functools.lru_cache(maxsize=1)
def template_xlsx(rows: int = 2000) -> bytes:
    """The list template: Chinese headers, one example row, ID and phone columns as text, and
    drop-down validation for 考试, 级别 and 市州 (the choices are on a second sheet)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "名单"
    sheet.append(TEMPLATE_HEADER)
    sheet.append(EXAMPLE)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for col in "BC":
        sheet.column_dimensions[col].width = 22
        for r in range(2, rows + 2):
            sheet[f"{col}{r}"].number_format = "@"  # 18 digits must not become 4.3E+17
    choices = book.create_sheet("选项")
    lists = {"A": list(EXAMS.values()), "B": list(LEVEL_NAMES.values()), "C": list(cities().values())}
    for col, values in lists.items():
        for n, value in enumerate(values, 1):
            choices[f"{col}{n}"] = value
    for target, col in (("D", "A"), ("E", "B"), ("G", "C")):
        rule = DataValidation(type="list", formula1=f"=选项!${col}$1:${col}${len(lists[col])}",
                              allow_blank=target == "E", showErrorMessage=True,
                              errorTitle="输入有误", error="请从下拉列表中选择")
        sheet.add_data_validation(rule)
        rule.add(f"{target}2:{target}{rows + 1}")
    choices.sheet_state = "hidden"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def preview_candidates(db, principal: Principal, path: str | Path) -> list_import.ImportReport:
    """What `import_candidates` would do with the file, row by row; nothing is written. Accepted
    rows carry no case number yet (None) for new cases."""
    require_role(principal, "admin")
    rows, note = list_file.read(path)
    report = list_import.ImportReport(note=note)
    good = list_import._validate(principal, rows, report)
    if good:
        with db.read() as cur:
            keep, status = list_import._classify(cur, good, report)
        for (number, row), state in zip(keep, status):
            report.accepted.append((number, state, None))
            report.names[number] = row.name
    report.rejected.sort(key=lambda r: r[0])
    return report
