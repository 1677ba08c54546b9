"""Certificate services (one function per user action). Configuration (issuing unit, series):
`certificates_config`; issuance: `certificates_issue`; revocation: `certificates_revoke`;
verification: `certificates_verify`; ministry report: `certificates_report`. Here: the reads."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from portal.certs import signing
from portal.domain.errors import Conflict, NotFound, PermissionDenied
from portal.services.people.auth import Principal, ensure_live, require_role
from portal.store import clock
from portal.store import rows as store_rows
from portal.store.queries import q

VERIFY_PATH = "/verify"


def now() -> dt.datetime:
    return clock.now()


def key_home(db) -> Path:
    """Where the signing key lives: the database's PORTAL_HOME (for an in-memory DB, $PORTAL_HOME)."""
    from portal.config import portal_home
    return Path(db.home) if getattr(db, "home", None) else portal_home(None)


def signing_key(db):
    return signing.load_or_create_key(key_home(db))


def verify_url(db, cert_no: str) -> str:
    """The certificate's public verification address (refused while `public_url` is not set)."""
    from portal.services.certificates.public_url import require_public_url
    return f"{require_public_url(db)}{VERIFY_PATH}?no={cert_no}"


def my_certificates(db, principal: Principal) -> list[dict]:
    """The logged-in holder's own certificates (full data: it is their own view)."""
    require_role(principal, "candidate")
    if principal.candidate_id is None:
        return []
    with db.read() as cur:
        return store_rows.dicts(cur.execute(q("select_certificates_of_candidate"), {"candidate_id": principal.candidate_id}))


def get_certificate(db, principal: Principal, cert_no: str) -> dict:
    """One certificate: its holder or an administrator of its city. Anyone else is refused in the
    words a number that does not exist gets, so the refusal tells nothing about the number."""
    if principal is None or principal.role not in ("candidate", "admin"):
        raise PermissionDenied("无权查看证书")
    ensure_live(principal)
    with db.read() as cur:
        found = store_rows.dicts(cur.execute(q("select_certificate"), {"cert_no": (cert_no or "").strip()}))
    if not found:
        raise NotFound(f"证书 {cert_no} 不存在")
    cert = found[0]
    if (principal.role == "candidate" and principal.candidate_id != cert["candidate_id"]) \
            or (principal.role == "admin" and cert["city"] and not principal.covers(cert["city"])):
        raise PermissionDenied(f"证书 {cert_no} 不存在")
    return cert


def certificate_pdf(db, principal: Principal, cert_no: str) -> bytes:
    """The e-certificate PDF, rendered from the stored, signed data and PAdES-signed by the current PDF
    signing key when it is downloaded (signing every certificate at issuance would cost far more than
    numbering them). A stored row whose payload signature no longer verifies is not signed."""
    from portal.certs import pades, pdf_keys
    from portal.certs.pdf import render_certificate
    cert = get_certificate(db, principal, cert_no)
    fields = signed_fields(cert)
    public = signing.public_keys(key_home(db)).get(cert["key_id"])
    if public is None or not signing.verify(public, fields, cert["signature"]):
        raise Conflict(f"证书 {cert['cert_no']} 的登记数据与签发时的电子签名不一致，不能生成电子证书，请联系发证机构")
    pdf = render_certificate(fields, cert["signature"], cert["key_id"], verify_url(db, cert["cert_no"]))
    return pades.sign(pdf, pdf_keys.current(key_home(db)))


def signed_fields(cert: dict) -> dict:
    """The signed data of a stored certificate (the table keeps the level code beside its name)."""
    row = {**cert, "level": cert["level_name"]}
    return {k: "" if row[k] is None else (row[k].isoformat() if isinstance(row[k], dt.date) else str(row[k]))
            for k in signing.SIGNED_FIELDS}
