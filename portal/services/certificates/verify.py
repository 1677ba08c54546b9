"""Public verification: certificate number + holder's ID number + holder's phone, never the number
alone; rate-limited per client and per certificate number per client (`domain.verify_limits`);
answers valid / revoked (with date) / unknown and reveals nothing more.
The check of an uploaded e-certificate PDF is `check_uploaded_certificate` (module upload_check)."""
from __future__ import annotations

import hmac

from checks import normalize
from portal.domain import verify_limits
from portal.domain.errors import InvalidInput
from portal.services.certificates.attempts import client_attempts, log_attempt
from portal.services.certificates.common import now
from portal.services.certificates.upload_check import TooManyAttempts, check_uploaded_certificate
from portal.store import rows as store_rows
from portal.store.queries import q

MESSAGES = {"valid": "证书有效", "unknown": "未查到与所填证书编号、身份证号和手机号码一致的证书",
            "revoked": "该证书已于 {date} 被撤销"}


__all__ = ["verify_certificate", "check_uploaded_certificate", "TooManyAttempts"]




def verify_certificate(db, *, cert_no: str, id_number: str, phone: str, client: str) -> dict:
    cert_no = "".join(str(cert_no or "").split()).upper()
    id_number, phone = normalize.id_number(id_number), normalize.phone(phone)
    missing = [label for label, v in (("证书编号", cert_no), ("持证人身份证号", id_number),
                                      ("持证人预留手机号码", phone)) if not v]
    if missing:
        raise InvalidInput(f"请填写{'、'.join(missing)}：查验他人证书须同时提供证书编号、身份证号和手机号码")
    if len(cert_no) > 40 or len(id_number) > 40 or len(phone) > 20:
        raise InvalidInput("输入过长，请检查证书编号、身份证号和手机号码")
    client = str(client or "anonymous")[:100]
    stamp = now()
    with db.transaction() as cur:
        until = verify_limits.number_check_until(client_attempts(cur, client, stamp), cert_no, stamp)
        if until is not None:
            log_attempt(cur, client, cert_no, "limited", stamp)
            limited = True
        else:
            limited = False
            found = store_rows.dicts(cur.execute(q("select_certificate"), {"cert_no": cert_no}))
            cert = found[0] if found else None
            match = cert is not None and _same(cert["id_number"], id_number) and \
                _same(normalize.phone(cert["phone"]), phone)
            status = "unknown" if not match else cert["status"]
            log_attempt(cur, client, cert_no, status, stamp)
    if limited:
        raise TooManyAttempts(verify_limits.refusal(until))
    revoked_on = cert["revoked_at"].date() if status == "revoked" else None
    return {"status": status, "revoked_on": revoked_on,
            "message": MESSAGES[status].format(date=revoked_on)}


def _same(stored: str | None, given: str) -> bool:
    return hmac.compare_digest(str(stored or "").upper().encode(), given.upper().encode())
