"""导出 Excel: any list a user sees as an XLSX sheet with its Chinese headers, the filter in the title
row, who exported it and when. ID and phone numbers are masked unless the viewer may see them in
full (administrators, within their cities, as the lists they are given already are)."""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable

from portal.domain.masking import mask_id, mask_phone
from portal.domain.times import beijing
from portal.publish import xlsx
from portal.services.people.auth import Principal
from portal.store import clock

PERSONAL = {"身份证号": mask_id, "证件号码": mask_id, "手机号码": mask_phone, "手机号": mask_phone}
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def full_numbers(principal: Principal | None) -> bool:
    """Administrators may export full ID and phone numbers; everyone else gets them masked."""
    return principal is not None and principal.role == "admin"


def cell(value):
    """A value as written to the sheet (and as a test reads it back): text or a number."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (dt.datetime, dt.date)):
        return beijing(value, zone=False)
    if isinstance(value, (int, float)):
        return value
    return str(value)


def title_line(title: str, filters: dict | None) -> str:
    """`待审队列（筛选：市州：长沙市；考试：经济专业技术资格）`, or `（全部）` without a filter."""
    shown = [f"{k}：{v}" for k, v in (filters or {}).items() if v not in (None, "", [], ())]
    return f"{title}（筛选：{'；'.join(shown)}）" if shown else f"{title}（全部）"


def table_xlsx(principal: Principal | None, title: str, header: list[str], rows: Iterable[Iterable], *,
               filters: dict | None = None, progress: Callable[[int], None] | None = None) -> bytes:
    """The sheet: title row with the filter, a line saying who exported it when (Beijing time), the
    headers, then the rows. `progress(n)` is called every 1,000 rows for long exports."""
    maskers = {} if full_numbers(principal) else {i: PERSONAL[h] for i, h in enumerate(header) if h in PERSONAL}

    def written():
        for n, row in enumerate(rows, 1):
            values = [cell(v) for v in row]
            for i, mask in maskers.items():
                values[i] = mask(values[i]) if values[i] != "" else ""
            if progress and n % 1000 == 0:
                progress(n)
            yield values
    note = f"导出时间：{beijing(clock.now())}　导出人：{principal.display_name if principal else '公众'}"
    if maskers:
        note += "　身份证号、手机号码已脱敏"
    return xlsx.write_xlsx(title_line(title, filters), header, written(), notes=[note])
