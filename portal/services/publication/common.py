"""Shared pieces of the pass-list services: loading a list with the caller's scope checked,
list-change rows and bulk case moves (one audit event per list action, not per case)."""
from __future__ import annotations

import re

from portal.domain import names
from portal.domain.errors import InvalidInput, NotFound, PermissionDenied
from portal.services.people.auth import Principal
from portal.store import rows as store_rows
from portal.store.queries import q

# A public office telephone: area code and number (0731-88888888), a mobile, or a 5-digit hotline.
_PHONE = re.compile(r"^(0\d{2,3}-?\d{7,8}(-\d{1,6})?|1\d{10}|\d{5})$")


def status_name(status: str) -> str:
    """A pass list's status in words."""
    return names.name("list_status", status)


def _load(cur, principal: Principal, list_id: int) -> dict:
    rows = store_rows.dicts(cur.execute(q("select_pass_list"), {"list_id": list_id}))
    if not rows:
        raise NotFound(f"公示名单 {list_id} 不存在")
    row = rows[0]
    if principal is not None and row["city"] is None and set(principal.cities) != set(_all_cities()):
        raise PermissionDenied("无权操作：全省名单仅限省级管理员")
    if principal is not None and row["city"] is not None and not principal.covers(row["city"]):
        raise PermissionDenied("无权操作：该名单不属于您负责的市州")
    return row


def _all_cities() -> tuple[str, ...]:
    from portal.domain.units import all_codes
    return all_codes()


def _move_cases(cur, list_id, from_state, to_state, entry_status, stamp) -> int:
    res = cur.execute(q("update_cases_state_for_list"), {"list_id": list_id, "from_state": from_state,
                      "to_state": to_state, "entry_status": entry_status, "now": stamp}).fetchall()
    return int(res[0][0]) if res else 0


def _change(cur, principal, list_id, case_id, change, reason, stamp, objection_id=None) -> None:
    cur.execute(q("insert_pass_list_change"), {"list_id": list_id, "case_id": case_id, "change": change,
                "reason": reason, "objection_id": objection_id, "actor_id": principal.user_id, "now": stamp})


def notice_contact(publisher: str, objection_unit: str, objection_phone: str) -> dict:
    """The publishing unit and the objection office as printed on the public notice (all required)."""
    publisher, unit = " ".join((publisher or "").split()), " ".join((objection_unit or "").split())
    phone = "".join((objection_phone or "").split())
    if not publisher:
        raise InvalidInput("请填写发布单位（公示页面显示由谁发布）")
    if not unit:
        raise InvalidInput("请填写受理异议的单位或科室")
    if not _PHONE.match(phone):
        raise InvalidInput("请填写受理异议的联系电话（如 0731-88888888）")
    return {"publisher": publisher, "objection_unit": unit, "objection_phone": phone}
