"""XLSX export of a pass list or report (xlsxwriter); every value not a number is written as text."""
from __future__ import annotations

import io
from collections.abc import Iterable

import xlsxwriter


def write_xlsx(title: str, header: Iterable[str], rows: Iterable[tuple], *, notes: Iterable[str] = ()) -> bytes:
    out = io.BytesIO()
    # in_memory (shared strings) writes faster here than constant_memory's per-cell temp-file XML
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
    for row in rows:
        r += 1
        for c, value in enumerate(row):
            # ID numbers and phones stay strings: a number cell would turn 18 digits into 4.3E+17
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                sheet.write_number(r, c, value)
            else:
                sheet.write_string(r, c, str(value))
    book.close()
    return out.getvalue()
