"""Issuing configuration: the current issuing unit of each administrator account (湖南职称软件说明 证书编码定义:
设置为当前使用单位) and the series-code list (positions 2–3), each change audited."""
from __future__ import annotations

from portal.certs import SCHEMES
from portal.domain.errors import InvalidInput, PermissionDenied
from portal.domain.units import hunan_units
from portal.services.certificates.common import now
from portal.services.people.auth import Principal, actor_fields, require_province_admin, require_role
from portal.store import audit
from portal.store import rows as store_rows
from portal.store.queries import q


def set_issuing_unit(db, principal: Principal, *, user_id: int, unit_code: str, body_name: str,
                     scheme: str = "hunan") -> dict:
    """Configure the current issuing unit (设置为当前使用单位) of an administrator account."""
    require_role(principal, "admin")
    if scheme not in SCHEMES:
        raise InvalidInput(f"未知的证书编号方案 {scheme!r}（可选：{'、'.join(SCHEMES)}）")
    unit = hunan_units().find(unit_code)
    if unit is None:
        raise InvalidInput(f"单位编码 {unit_code!r} 不在湖南省单位编码表中")
    city = hunan_units().city_of(unit.code)
    if unit.level == "province" and len(principal.cities) < len(hunan_units().children("43")):
        raise PermissionDenied("只有省级管理员可以把省人社厅设为发证单位")
    if city is not None and not principal.covers(city.code):
        raise PermissionDenied(f"{unit.name} 不在您的管辖范围内")
    if user_id != principal.user_id and len(principal.cities) < len(hunan_units().children("43")):
        raise PermissionDenied("只能设置本账号的发证单位（省级管理员可设置任何账号）")
    if not (body_name or "").strip():
        raise InvalidInput("请填写发证机构名称（打印在证书的“评审（发证）机构”一栏）")
    stamp = now()
    with db.transaction() as cur:
        before = store_rows.dicts(cur.execute(q("select_issuing_unit"), {"user_id": user_id}))
        cur.execute(q("upsert_issuing_unit"), {"user_id": user_id, "scheme": scheme, "unit_code": unit.code,
                    "body_name": body_name.strip(), "actor_id": principal.user_id, "now": stamp})
        after = {"scheme": scheme, "unit_code": unit.code, "body_name": body_name.strip()}
        audit.append(cur, **actor_fields(principal), action="issuing_unit.set", entity="user", entity_id=user_id,
                     before=({k: before[0][k] for k in after} if before else None), after=after)
    return {"user_id": user_id, **after, "unit_name": unit.name}


def issuing_unit(db, user_id: int) -> dict | None:
    with db.read() as cur:
        found = store_rows.dicts(cur.execute(q("select_issuing_unit"), {"user_id": user_id}))
    return found[0] if found else None


def add_series(db, principal: Principal, code: str, name: str) -> None:
    """Add or rename a series code (positions 2–3); once any exists, only listed codes are valid."""
    require_province_admin(principal)
    code, name = (code or "").strip(), (name or "").strip()
    if len(code) != 2 or not code.isascii() or not code.isdigit():
        raise InvalidInput(f"系列代码应为两位数字，收到 {code!r}")
    if not name:
        raise InvalidInput("请填写系列名称")
    with db.transaction() as cur:
        cur.execute(q("insert_cert_series"), {"code": code, "name": name, "actor_id": principal.user_id, "now": now()})
        audit.append(cur, **actor_fields(principal), action="cert_series.add", entity="cert_series",
                     entity_id=code, before=None, after={"name": name})


def series_names(db) -> dict[str, str]:
    with db.read() as cur:
        return dict(cur.execute(q("select_cert_series")).fetchall())


def configured_series(home, *, create: bool = False) -> frozenset[str]:
    """Series codes of the database under `home` (empty when none, or when no database exists)."""
    from portal.config import portal_home
    from portal.store.db import DB_FILE, open_database
    path = portal_home(home)
    if not create and not (path / DB_FILE).exists():
        return frozenset()
    return frozenset(series_names(open_database(path)))
