"""Certificate services (one function per user action). Issuance: `certificates_issue`;
revocation: `certificates_revoke`; verification: `certificates_verify`; report: `certificates_report`.
This module holds the issuing configuration (current issuing unit, series codes) and the reads."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from portal.certs import signing
from portal.certs.units import hunan_units
from portal.services.auth import Principal, actor_fields, require_role
from portal.services.errors import InvalidInput, NotFound, PermissionDenied
from portal.store import audit, clock
from portal.store.queries import q

VERIFY_PATH = "/verify"


def now() -> dt.datetime:
    return clock.now()


def rows(cur) -> list[dict]:
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def key_home(db) -> Path:
    """Where the signing key lives: the database's PORTAL_HOME (for an in-memory DB, $PORTAL_HOME)."""
    from portal.config import portal_home
    return Path(db.home) if getattr(db, "home", None) else portal_home(None)


def signing_key(db):
    return signing.load_or_create_key(key_home(db))


def verify_url(cert_no: str) -> str:
    base = os.environ.get("PORTAL_PUBLIC_URL", "http://localhost:8501").rstrip("/")
    return f"{base}{VERIFY_PATH}?no={cert_no}"


def set_issuing_unit(db, principal: Principal, *, user_id: int, unit_code: str, body_name: str,
                     scheme: str = "hunan") -> dict:
    """Configure the current issuing unit (设置为当前使用单位) of an administrator account."""
    require_role(principal, "admin")
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
        before = rows(cur.execute(q("select_issuing_unit"), {"user_id": user_id}))
        cur.execute(q("upsert_issuing_unit"), {"user_id": user_id, "scheme": scheme, "unit_code": unit.code,
                    "body_name": body_name.strip(), "actor_id": principal.user_id, "now": stamp})
        after = {"scheme": scheme, "unit_code": unit.code, "body_name": body_name.strip()}
        audit.append(cur, **actor_fields(principal), action="issuing_unit.set", entity="user", entity_id=user_id,
                     before=({k: before[0][k] for k in after} if before else None), after=after)
    return {"user_id": user_id, **after, "unit_name": unit.name}


def issuing_unit(db, user_id: int) -> dict | None:
    with db.read() as cur:
        found = rows(cur.execute(q("select_issuing_unit"), {"user_id": user_id}))
    return found[0] if found else None


def add_series(db, principal: Principal, code: str, name: str) -> None:
    """Add or rename a series code (positions 2–3); once any exists, only listed codes are valid."""
    require_role(principal, "admin")
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


def my_certificates(db, principal: Principal) -> list[dict]:
    """The logged-in holder's own certificates (full data: it is their own view)."""
    require_role(principal, "candidate")
    if principal.candidate_id is None:
        return []
    with db.read() as cur:
        return rows(cur.execute(q("select_certificates_of_candidate"), {"candidate_id": principal.candidate_id}))


def get_certificate(db, principal: Principal, cert_no: str) -> dict:
    """One certificate: its holder or an administrator of its city."""
    with db.read() as cur:
        found = rows(cur.execute(q("select_certificate"), {"cert_no": (cert_no or "").strip()}))
    if not found:
        raise NotFound(f"证书 {cert_no} 不存在")
    cert = found[0]
    if principal is None or (principal.role == "candidate" and principal.candidate_id != cert["candidate_id"]) \
            or (principal.role == "admin" and cert["city"] and not principal.covers(cert["city"])) \
            or principal.role == "reviewer":
        raise NotFound(f"证书 {cert_no} 不存在")
    return cert


def certificate_pdf(db, principal: Principal, cert_no: str) -> bytes:
    """The e-certificate PDF, rendered from the stored, signed data."""
    from portal.certs.pdf import render_certificate
    cert = get_certificate(db, principal, cert_no)
    return render_certificate(signed_fields(cert), cert["signature"], cert["key_id"], verify_url(cert["cert_no"]))


def signed_fields(cert: dict) -> dict:
    """The signed data of a stored certificate (the table keeps the level code beside its name)."""
    row = {**cert, "level": cert["level_name"]}
    return {k: "" if row[k] is None else (row[k].isoformat() if isinstance(row[k], dt.date) else str(row[k]))
            for k in signing.SIGNED_FIELDS}
