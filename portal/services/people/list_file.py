"""Reading the authority's candidate list (CSV or XLSX) into header-mapped rows.
Headers may be English field names or their Chinese labels."""
from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from checks import normalize
from portal.domain.errors import InvalidInput

HEADERS = {
    "name": ("name", "姓名"),
    "id_number": ("id_number", "身份证号", "身份证号码", "证件号码", "证件号", "身份证"),
    "phone": ("phone", "手机号码", "手机号", "手机", "联系电话"),
    "exam": ("exam", "考试", "考试名称", "资格考试"),
    "level": ("level", "级别", "报考级别", "考试级别"),
    "exam_year": ("exam_year", "考试年度", "年度"),
    "city": ("city", "市州", "地市", "所属市州"),
    "employer": ("employer", "工作单位", "单位", "单位名称"),
    "scores": ("scores", "成绩", "考试成绩"),
}
REQUIRED = ("name", "id_number", "phone", "exam", "exam_year", "city")
_LOOKUP = {normalize.clean(alias).lower().replace(" ", ""): field
           for field, aliases in HEADERS.items() for alias in aliases}


class NumberCell(str):
    """Text of a spreadsheet cell that was stored as a number (an ID number may have lost digits)."""


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return NumberCell(value)
    return str(value)


def _decode(data: bytes) -> tuple[str, str | None]:
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "文件不是 UTF-8 编码，已按 GBK/GB18030 编码读取"
    except UnicodeDecodeError:
        raise InvalidInput("无法识别文件编码：请将 CSV 另存为 UTF-8 编码后重新导入") from None


def _table(path: Path) -> tuple[list[list[str]], str | None]:
    data = path.read_bytes()
    if data[:4] == b"PK\x03\x04":
        import openpyxl
        try:
            wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
            raise InvalidInput(f"无法读取 Excel 文件：{exc}") from None
        rows = [[_cell(v) for v in row] for row in wb.worksheets[0].iter_rows(values_only=True)]
        wb.close()
        return rows, None
    text, note = _decode(data)
    try:
        return list(csv.reader(io.StringIO(text))), note
    except csv.Error as exc:
        raise InvalidInput(f"CSV 格式错误：{exc}") from None


def read(path: str | Path) -> tuple[list[tuple[int, dict]], str | None]:
    """[(spreadsheet row number, {field: raw text})], plus a note (e.g. the encoding used)."""
    path = Path(path)
    if not path.is_file():
        raise InvalidInput(f"文件不存在：{path}")
    table, note = _table(path)
    if not table:
        raise InvalidInput("文件为空：没有表头行")
    columns = [_LOOKUP.get(normalize.clean(h).lower().replace(" ", "").strip("*")) for h in table[0]]
    missing = [f for f in REQUIRED if f not in columns]
    if missing:
        names = "、".join(f"{HEADERS[f][1]}({f})" for f in missing)
        hint = "；文件编码可能不对" if note else ""
        raise InvalidInput(f"缺少必需列：{names}{hint}")
    rows = []
    for number, cells in enumerate(table[1:], start=2):
        if not any(_cell(c).strip() for c in cells):
            continue
        raw = {f: "" for f in HEADERS}
        for field, value in zip(columns, cells):
            if field:
                raw[field] = _cell(value)
        rows.append((number, raw))
    return rows, note
