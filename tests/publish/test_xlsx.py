"""Exported sheets: every body cell reads back as written, numbers as numbers and text as text, whatever
the text holds."""
import io
import zipfile

import openpyxl

from portal.publish.xlsx import write_xlsx

HEADER = ["序号", "姓名", "身份证号", "工作单位"]


def _cells(data: bytes) -> list[tuple]:
    return list(openpyxl.load_workbook(io.BytesIO(data)).active.iter_rows(values_only=True))


def test_title_notes_header_and_rows_read_back_in_order_with_numbers_kept_as_numbers():
    rows = [(n, f"李{n}", f"43010219900101{n:04d}", "长沙市第一建设有限公司") for n in range(1, 2501)]
    got = _cells(write_xlsx("2026年度经济专业技术资格考后核查合格人员名单", HEADER, rows, notes=["公示期：…"]))
    assert got[:3] == [("2026年度经济专业技术资格考后核查合格人员名单", None, None, None),
                       ("公示期：…", None, None, None), tuple(HEADER)]
    assert got[3:] == rows
    assert isinstance(got[3][2], str) and got[-1][2] == "430102199001012500"  # 18 digits never become 4.3E+17


def test_hostile_text_is_kept_as_text_and_the_sheet_stays_well_formed():
    hostile = ["<r><t>伪造</t></r>", "=HYPERLINK(\"http://x\")", "A&B <公司>", "  前后空格  ", "制表\t符", "\x01控制", ""]
    rows = [(i, text, "4301**********1234", text) for i, text in enumerate(hostile, start=1)]
    data = write_xlsx("名单", HEADER, rows)
    got = _cells(data)[2:]
    assert [r[1] for r in got[:-2]] == hostile[:-2]
    assert got[-2][1] == "_x0001_控制"  # Excel's escape for a control character, which XML cannot hold
    assert got[-1][1] in ("", None)
    sheet = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml").decode()
    assert '<dimension ref="A1:D9"/>' in sheet and "<r><t>伪造" not in sheet


def test_a_list_without_rows_is_the_header_alone():
    assert _cells(write_xlsx("名单", HEADER, [], notes=["空"])) == [("名单", None, None, None), ("空", None, None, None),
                                                                  tuple(HEADER)]
