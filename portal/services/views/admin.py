"""Read models for the administrator pages: staff accounts, import results as tables/CSV.
Composed from existing queries and services; read-only."""
from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

from portal.domain import names
from portal.domain.spreadsheet import safe_row
from portal.services.people import list_preview, staff
from portal.services.people.auth import Principal, require_role
from portal.services.people.list_file import HEADERS
from portal.services.people.list_import import import_candidates

STAFF_ROLES = ("reviewer", "admin")


def staff_list(db, principal: Principal) -> list[dict]:
    """Reviewer and admin accounts that share a city with the calling admin, with lock state."""
    return staff.list_staff(db, principal)


def _with_file(fn, db, principal: Principal, filename: str, data: bytes):
    suffix = Path(filename).suffix.lower()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"upload{suffix}"
        path.write_bytes(data)
        return fn(db, principal, path)


def import_upload(db, principal: Principal, filename: str, data: bytes):
    """Import an uploaded list file (kept only for the call); returns the ImportReport."""
    return _with_file(import_candidates, db, principal, filename, data)


def preview_upload(db, principal: Principal, filename: str, data: bytes):
    """What importing the uploaded file would do, row by row, writing nothing."""
    return _with_file(list_preview.preview_candidates, db, principal, filename, data)


def template_xlsx() -> bytes:
    return list_preview.template_xlsx()


def accepted_rows(report) -> list[dict]:
    return [{"行号": n, "结果": names.name("import_status", s), "姓名": report.names.get(n, ""),
             "案件号": "" if c is None else c} for n, s, c in report.accepted]


def rejected_rows(report) -> list[dict]:
    """For the administrator who imported the file: each rejected row with its reason and the
    file's own values in full (a wrong check digit must be visible to be corrected)."""
    return [{"行号": n, "原因": why, **{HEADERS[f][1]: str((raw or {}).get(f, "") or "") for f in HEADERS}}
            for n, raw, why in report.rejected]


def preview_rows(report) -> list[dict]:
    """Every row of the file in order: its verdict (新增 / 更新 / 未变化 / 拒收), name and reason."""
    out = [{"行号": n, "结果": names.name("import_status", s), "姓名": report.names.get(n, ""), "原因": ""}
           for n, s, _ in report.accepted]
    out += [{"行号": n, "结果": "拒收", "姓名": str((raw or {}).get("name", "") or ""), "原因": why}
            for n, raw, why in report.rejected]
    return sorted(out, key=lambda r: r["行号"])


def rejected_csv(report) -> bytes:
    """The rejected rows with their reasons, as UTF-8 CSV with BOM (opens in Excel)."""
    out = io.StringIO()
    w = csv.writer(out)
    w.writerows(rejected_csv_rows(report.rejected))
    return out.getvalue().encode("utf-8-sig")


def rejected_csv_rows(rejected) -> list[list]:
    """Header and rows of the rejected-rows CSV (UI download and CLI file), formula cells neutralised."""
    out = [["行号(row)", "原因(reason)"] + [HEADERS[f][1] for f in HEADERS]]
    for number, raw, reason in rejected:
        out.append(safe_row([number, reason] + [(raw or {}).get(f, "") for f in HEADERS]))
    return out


def review_ops(db, principal: Principal, case_id: int) -> list[dict]:
    """A case's review operations, latest first, marking which one a rollback would undo."""
    from portal.services.cases import lifecycle
    from portal.services.cases import review_ops as cases_review_ops
    from portal.services.people.auth import require_city
    require_role(principal, "admin")
    with db.read() as cur:
        case = lifecycle.load(cur, case_id)
        require_city(principal, case["city"])
        found = cases_review_ops.history(cur, case_id)
    out, first_open = [], True
    for op in reversed(found):
        undone = op["undone_at"] is not None
        out.append({"编号": op["id"], "操作": names.name("action", op["op"]), "时间": op["done_at"],
                    "已回退": "是" if undone else "", "下一次回退": "←" if (first_open and not undone) else ""})
        first_open = first_open and undone
    return out
