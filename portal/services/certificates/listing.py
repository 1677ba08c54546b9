"""证书列表: an administrator's issued certificates (search, view, download are the reads in
`certificates.common`), reissue under a new number, and the issuing form's defaults — the exam
date of the list's round as 取得资格时间 and the units allowed to issue each level."""
from __future__ import annotations

import datetime as dt
import re

import pyarrow as pa

from portal.certs import scheme, signing
from portal.domain import units
from portal.domain.errors import Conflict, InvalidInput, NotFound
from portal.domain.masking import mask_id, mask_phone
from portal.domain.search_terms import parse_term
from portal.services.certificates import issue
from portal.services.certificates.common import now, signed_fields, signing_key
from portal.services.people import notify
from portal.services.people.auth import Principal, actor_fields, require_role
from portal.store import audit, rows

_CERT_NO = re.compile(r"^[A-Z]\d{8,20}$")
STATUS_NAMES = {"valid": "有效", "revoked": "已撤销"}
# 湖南职称软件说明 证书编码定义: 高级 by the province, 中级 by a city (市州), 初级 by a county.
ISSUER_BY_GRADE = {"senior": "province", "intermediate": "city", "junior": "county"}


def list_certificates(db, principal: Principal, *, term: str | None = None, status: str | None = None,
                      page: int = 1, size: int = 50) -> dict:
    """One page of the caller's cities' certificates, newest first; numbers masked."""
    require_role(principal, "admin")
    if status not in (None, *STATUS_NAMES) or not 1 <= size <= 1000 or page < 1:
        raise InvalidInput("筛选条件无效")
    text = "".join(str(term or "").split()).upper()
    terms = parse_term(term)
    filters = {"cities": list(principal.cities), "status": status, "cert_no": None,
               "name": terms["name"], "id_number": terms["id_number"], "phone": terms["phone"]}
    if _CERT_NO.match(text):
        filters.update(cert_no=text, name=None)
    with db.read() as cur:
        found = rows.many(cur, "select_certificates_page", filters | {"limit": size, "offset": (page - 1) * size})
        total = rows.scalar(cur, "count_certificates_page", filters)
    out = [r | {"id_number": mask_id(r["id_number"]), "phone": mask_phone(r["phone"]),
                "status_name": STATUS_NAMES[r["status"]]} for r in found]
    return {"rows": out, "total": total, "page": page, "size": size}


def default_obtained_on(db, principal: Principal, list_id: int) -> dt.date | None:
    """The exam date recorded on the round of the list's exam and year (None when not recorded)."""
    require_role(principal, "admin")
    with db.read() as cur:
        rnd = rows.one(cur, "select_round_for_list", {"list_id": list_id})
    return rnd["exam_date"] if rnd else None


def issuing_units(principal: Principal, level: str, city: str | None = None) -> dict[str, str]:
    """Units of `level` (province / city / county) this administrator may set as issuing unit."""
    tree = units.hunan_units()
    everywhere = len(principal.cities) >= len(tree.children("43"))
    if level == "province":
        return {"43": tree.get("43").name} if everywhere else {}
    mine = {c.code: c.name for c in tree.children("43") if principal.covers(c.code)}
    if level == "city":
        return mine
    return {u.code: u.name for u in tree.children(city)} if city in mine else {}


def reissue_certificate(db, principal: Principal, cert_no: str, *, reason: str) -> str:
    """补发: the same signed data under the next number of the same pool; the old number is revoked
    (reason names the new one). The case stays 已发证. Returns the new number."""
    require_role(principal, "admin")
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput("请填写补发原因")
    stamp = now()
    key = signing_key(db)
    with db.transaction() as cur:
        old = rows.one(cur, "select_certificate", {"cert_no": (cert_no or "").strip()})
        if old is None or (old["city"] and not principal.covers(old["city"])):
            raise NotFound(f"证书 {cert_no} 不存在")
        if old["status"] != "valid":
            raise Conflict(f"证书 {cert_no} 已撤销，不能补发")
        pool = rows.one(cur, "select_serial_pool_by_id", {"pool_id": old["pool_id"]})
        code_scheme = scheme(pool["scheme"])
        pool_id, serial = issue._allocate(cur, code_scheme, pool["prefix"], {"unit_code": pool["unit_code"]},
                                          pool["year"], 1, stamp)
        new_no = code_scheme.compose(pool["prefix"], serial)
        fields = signed_fields(old) | {"cert_no": new_no, "issued_on": stamp.date().isoformat()}
        batch_id = cur.execute(rows.q("next_cert_batch_id")).fetchall()[0][0]
        record = {k: old[k] for k in ("scheme", "case_id", "candidate_id", "basis_cert_id", "name", "name_printed",
                                      "gender", "id_number", "phone", "submitting_unit", "qualification", "exam",
                                      "level", "level_name", "series", "specialty", "issuing_body", "unit_code",
                                      "city", "obtained_on")}
        record |= {"cert_no": new_no, "pool_id": pool_id, "serial": serial, "batch_id": batch_id, "batch_order": 1,
                   "issued_on": stamp.date(), "issued_at": stamp, "issued_by": principal.user_id,
                   "signature": signing.sign(key, fields), "key_id": issue._key_id(key)}
        cur.execute(rows.q("update_certificate_revoked"), {"cert_id": old["id"], "now": stamp, "kind": "reissue",
                    "reason": f"补发（新证书 {new_no}）：{reason}", "actor_id": principal.user_id})
        cur.register("cert_batch", pa.Table.from_pylist([record]))
        try:
            cur.execute(rows.q("insert_certificates_batch"))
        finally:
            cur.unregister("cert_batch")
        notify.certificates_issued(cur, batch_id)
        audit.append(cur, **actor_fields(principal), action="certificate.reissue", entity="certificate",
                     entity_id=old["cert_no"], before={"status": "valid"},
                     after={"status": "revoked", "reason": reason, "new_cert_no": new_no})
    return new_no
