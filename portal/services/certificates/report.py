"""Report for the ministry (证书报送人社部): certificates issued and revoked in a period, CSV or XLSX."""
from __future__ import annotations

import csv
import datetime as dt
import io

from portal.domain.errors import InvalidInput
from portal.domain.spreadsheet import safe_row
from portal.publish.xlsx import write_xlsx
from portal.services.people.auth import Principal, require_role
from portal.store import rows as store_rows
from portal.store.queries import q

COLUMNS = (("cert_no", "证书编号"), ("name", "姓名"), ("gender", "性别"), ("id_number", "身份证号"),
           ("qualification", "资格名称"), ("level_name", "资格级别"), ("series", "系列"), ("specialty", "专业"),
           ("issuing_body", "发证机构"), ("unit_code", "发证单位编码"), ("obtained_on", "取得资格时间"),
           ("issued_on", "发证日期"), ("status_name", "状态"), ("revoked_on", "撤销日期"),
           ("revoke_reason", "撤销原因"))
STATUS = {"valid": "有效", "revoked": "已撤销"}


def report_rows(db, principal: Principal, *, first: dt.date, last: dt.date) -> list[dict]:
    require_role(principal, "admin")
    if last < first:
        raise InvalidInput(f"统计期间有误：结束日期 {last} 早于开始日期 {first}")
    with db.read() as cur:
        found = store_rows.dicts(cur.execute(q("select_certificates_report"), {"first": first, "last": last,
                                                                    "cities": list(principal.cities)}))
    for row in found:
        row["status_name"] = STATUS.get(row["status"], row["status"])
    return found


def ministry_report(db, principal: Principal, *, first: dt.date, last: dt.date, fmt: str = "csv") -> bytes:
    """Every certificate issued or revoked between `first` and `last` (both included)."""
    if fmt not in ("csv", "xlsx"):
        raise InvalidInput(f"不支持的报表格式 {fmt!r}（可选 csv、xlsx）")
    found = report_rows(db, principal, first=first, last=last)
    header = [label for _, label in COLUMNS]
    body = [tuple("" if r[k] is None else str(r[k]) for k, _ in COLUMNS) for r in found]
    if fmt == "xlsx":
        issued = sum(1 for r in found if r["issued_in_period"])
        revoked = sum(1 for r in found if r["revoked_on"] is not None and first <= r["revoked_on"] <= last)
        return write_xlsx(f"职称证书报送表 {first} 至 {last}", header, body,
                          notes=[f"期间内发证 {issued} 本，撤销 {revoked} 本"])
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(safe_row(row) for row in body)
    return ("\ufeff" + out.getvalue()).encode("utf-8")  # BOM: Excel opens UTF-8 CSV correctly
