"""Revocation with a reason. Fraud revokes the certificate and every certificate obtained on its
basis (at any depth), moves their cases to `revoked` and writes an integrity record kept 3 years."""
from __future__ import annotations

import datetime as dt

from portal.domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from portal.domain.masking import mask_id
from portal.services.cases import lifecycle
from portal.services.certificates.common import now
from portal.services.people.auth import (
    Principal,
    actor_fields,
    is_province_admin,
    require_city,
    require_province_admin,
    require_role,
)
from portal.store import audit
from portal.store import rows as store_rows
from portal.store.queries import q

INTEGRITY_YEARS = 3


def keep_until(recorded: dt.date) -> dt.date:
    try:
        return recorded.replace(year=recorded.year + INTEGRITY_YEARS)
    except ValueError:  # 29 February
        return recorded.replace(year=recorded.year + INTEGRITY_YEARS, day=28)


def set_basis(db, principal: Principal, cert_no: str, basis_no: str) -> None:
    """Record that `cert_no` was obtained on the basis of `basis_no` (e.g. 增项 on the first qualification)."""
    require_role(principal, "admin")
    with db.transaction() as cur:
        found = {r["cert_no"]: r for r in store_rows.dicts(cur.execute(q("select_certificate"), {"cert_no": cert_no}))}
        basis = store_rows.dicts(cur.execute(q("select_certificate"), {"cert_no": basis_no}))
        if cert_no not in found or not basis:
            raise NotFound("证书不存在")
        if any(c["city"] and not principal.covers(c["city"]) for c in (found[cert_no], basis[0])):
            raise PermissionDenied("证书不存在")  # another city's certificate: refused in the same words
        if any(r["cert_no"] == basis_no for r in store_rows.dicts(cur.execute(q("select_certificate_descendants"),
                                                                    {"cert_no": cert_no}))):
            raise InvalidInput("不能形成循环：依据证书本身是在该证书基础上取得的")
        cur.execute(q("update_certificate_basis"), {"cert_id": found[cert_no]["id"], "basis_id": basis[0]["id"]})
        audit.append(cur, **actor_fields(principal), action="certificate.basis", entity="certificate",
                     entity_id=cert_no, before={"basis": None}, after={"basis": basis_no})


def revoke_certificate(db, principal: Principal, cert_no: str, *, reason: str, fraud: bool = False) -> list[str]:
    """Revoke one certificate (and, for fraud, its whole basis tree). Returns the numbers revoked."""
    require_province_admin(principal) if fraud else require_role(principal, "admin")
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput("请填写撤销原因")
    stamp = now()
    with db.transaction() as cur:
        tree = store_rows.dicts(cur.execute(q("select_certificate_descendants"), {"cert_no": (cert_no or "").strip()}))
        if not tree:
            raise NotFound(f"证书 {cert_no} 不存在")
        root = tree[0]
        if root["case_id"] is not None and not is_province_admin(principal):
            require_city(principal, lifecycle.load(cur, root["case_id"])["city"])
        if root["status"] != "valid":
            raise Conflict(f"证书 {cert_no} 已被撤销")
        targets = [c for c in (tree if fraud else tree[:1]) if c["status"] == "valid"]
        revoked = []
        for cert in targets:
            kind = "error" if not fraud else ("fraud" if cert is root else "cascade")
            why = reason if cert is root else f"所依据的证书 {root['cert_no']} 因弄虚作假被撤销：{reason}"
            cur.execute(q("update_certificate_revoked"), {"cert_id": cert["id"], "now": stamp, "reason": why,
                        "kind": kind, "actor_id": principal.user_id})
            if cert["case_id"] is not None:
                lifecycle.transition(cur, principal, cert["case_id"], "revoke",
                                     detail={"cert_no": cert["cert_no"], "reason": why})
            revoked.append(cert["cert_no"])
        record_id = None
        if fraud:
            record_id = cur.execute(q("insert_integrity_record"), {
                "id_number": root["id_number"], "name": root["name"], "cert_id": root["id"],
                "case_id": root["case_id"], "reason": reason, "actor_id": principal.user_id, "now": stamp,
                "keep_until": keep_until(stamp.date())}).fetchall()[0][0]
        audit.append(cur, **actor_fields(principal), action="certificate.revoke", entity="certificate",
                     entity_id=root["cert_no"], before={"status": "valid"},
                     after={"status": "revoked", "reason": reason, "fraud": fraud, "revoked": revoked,
                            "integrity_record": record_id})
    return revoked


def integrity_records(db, principal: Principal, *, today: dt.date | None = None) -> list[dict]:
    """Integrity records still within their 3-year keeping period (ID numbers masked for a city
    administrator outside their cities)."""
    require_role(principal, "admin")
    with db.read() as cur:
        found = store_rows.dicts(cur.execute(q("select_integrity_records"), {"today": today or now().date()}))
    if is_province_admin(principal):
        return found
    return [r if r["city"] in principal.cities else r | {"id_number": mask_id(r["id_number"])} for r in found]
