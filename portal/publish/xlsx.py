"""XLSX export of a pass list or report; every value not a number is written as text.

xlsxwriter writes the workbook, the title, notes and header (styles, column widths); the body rows are
then put into the sheet's XML in bulk (`sheet_xml`), which for 100,000 rows is several times faster."""
from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable

import xlsxwriter
from xlsxwriter.utility import xl_rowcol_to_cell

from portal.publish import sheet_xml

SHEET = "xl/worksheets/sheet1.xml"
_DIMENSION = re.compile(r'<dimension ref="[^"]*"/>')


def write_xlsx(title: str, header: Iterable[str], rows: Iterable[tuple], *, notes: Iterable[str] = ()) -> bytes:
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True, "strings_to_numbers": False,
                                     "strings_to_formulas": False, "strings_to_urls": False})
    sheet = book.add_worksheet("名单")
    bold = book.add_format({"bold": True})
    sheet.write_string(0, 0, title, bold)
    r = 1
    for note in notes:
        sheet.write_string(r, 0, note)
        r += 1
    header = list(header)
    for c, label in enumerate(header):
        sheet.write_string(r, c, label, bold)
        sheet.set_column(c, c, 22 if "身份证" in label or "单位" in label else 12)
    book.close()
    # ID numbers and phones stay strings: a number cell would turn 18 digits into 4.3E+17
    body, last, widest = sheet_xml.rows_xml(rows, first=r + 2)
    if not body:
        return out.getvalue()
    return _with_body(out.getvalue(), body, last, max(widest, len(header), 1))


def _with_body(book: bytes, body: list[str], last_row: int, columns: int) -> bytes:
    """The workbook with `body` appended to its sheet's rows and the sheet's dimension widened."""
    src, result = zipfile.ZipFile(io.BytesIO(book)), io.BytesIO()
    with zipfile.ZipFile(result, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == SHEET:
                xml = data.decode("utf-8")
                corner = xl_rowcol_to_cell(last_row - 1, columns - 1)
                xml = _DIMENSION.sub(f'<dimension ref="A1:{corner}"/>', xml, count=1)
                head, tail = xml.split("</sheetData>", 1)
                data = "".join((head, *body, "</sheetData>", tail)).encode("utf-8")
            dst.writestr(info, data, compress_type=info.compress_type, compresslevel=1 if info.filename == SHEET else None)
    return result.getvalue()
