"""Pass-list entries, change history and exports (XLSX / printable PDF, public or internal)."""
from __future__ import annotations

from portal.domain.errors import InvalidInput, NotFound, PermissionDenied
from portal.publish import listpdf, rows, xlsx
from portal.services.people.auth import Principal, require_role
from portal.services.publication.common import _load
from portal.store import rows as store_rows
from portal.store.queries import q


def pass_list_entries(db, principal: Principal, list_id: int) -> list[dict]:
    """Full entries (ID and phone numbers) with their change notes: administrators only."""
    require_role(principal, "admin")
    with db.read() as cur:
        _load(cur, principal, list_id)
        return store_rows.dicts(cur.execute(q("select_pass_list_entries"), {"list_id": list_id}))


def pass_list_changes(db, principal: Principal, list_id: int) -> list[dict]:
    require_role(principal, "admin")
    with db.read() as cur:
        _load(cur, principal, list_id)
        return store_rows.dicts(cur.execute(q("select_pass_list_changes"), {"list_id": list_id}))


def export_pass_list(db, principal: Principal | None, list_id: int, *, fmt: str = "xlsx",
                     public: bool = True) -> bytes:
    """The list as XLSX or PDF. Public: masked ID numbers, no phones, only entries still listed,
    and only for published or final lists. Internal (`public=False`): administrators only."""
    if fmt not in ("xlsx", "pdf"):
        raise InvalidInput(f"不支持的导出格式 {fmt!r}（可选 xlsx、pdf）")
    if not public:
        require_role(principal, "admin")
    with db.read() as cur:
        row = _load(cur, principal if not public else None, list_id)
        if public and row["status"] not in ("published", "final") and (principal is None or principal.role != "admin"):
            raise NotFound(f"公示名单 {list_id} 不存在或尚未发布")
        if principal is not None and principal.role != "admin" and not public:
            raise PermissionDenied("无权导出内部名单")
        entries = cur.execute(q("select_pass_list_entries"), {"list_id": list_id})
        records = store_rows.iter_dicts(entries)
        return _render(row, records, fmt, public)


def _render(row: dict, records, fmt: str, public: bool) -> bytes:
    from portal.domain.units import cities
    from rules.aliases import EXAMS, LEVEL_NAMES
    header = [label for _, label in rows.columns(public)]
    body = rows.shape(records, public=public, names=(EXAMS, LEVEL_NAMES, cities()))
    notes = []
    if row["notice_start"] is not None:
        notes.append(f"公示期：{row['notice_start']} 至 {row['notice_end']}（{row['notice_days']}个工作日）。"
                     f"如有异议，请在公示期内实名向发布单位反映。")
    if not public:
        notes.append("内部名单：含完整身份证号和手机号码，不得公开。")
    title = row["title"] + ("" if public else "（内部）")
    writer = xlsx.write_xlsx if fmt == "xlsx" else listpdf.write_pdf
    return writer(title, header, body, notes=notes)
