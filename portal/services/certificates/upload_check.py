"""The check of an uploaded e-certificate PDF. It answers exactly one of 有效 / 已撤销（日期） / 未查到 /
已篡改: the PDF signature is this issuer's, intact and over the whole file; the embedded payload's own
signature holds; and the registry has that certificate with the same signed data. From the public page
(`client` given) it is rate-limited per client and per certificate number per client; the command
line (no client) is not."""
from __future__ import annotations

from portal.certs import pades, pdf_keys, signing
from portal.certs.check_pdf import check_certificate_pdf
from portal.certs.pdf import read_payload
from portal.domain import verify_limits
from portal.domain.errors import Conflict, InvalidInput
from portal.services.certificates.attempts import client_attempts, log_attempt
from portal.services.certificates.common import key_home, now, signed_fields
from portal.store import rows as store_rows
from portal.store.queries import q

MAX_BYTES = 5 * 1024 * 1024   # a certificate is ~40 KB; anything this large is not one
ANSWERS = {"valid": "有效", "revoked": "已撤销", "unknown": "未查到", "tampered": "已篡改"}


class TooManyAttempts(Conflict):
    """Rate limit reached."""


def check_uploaded_certificate(db, pdf_bytes: bytes, *, client: str | None = None) -> dict:
    """{status, answer, detail, message, ok, cert_no, revoked_on} for an uploaded file (anonymous)."""
    if not pdf_bytes:
        raise InvalidInput("请上传电子证书PDF文件")
    if len(pdf_bytes) > MAX_BYTES:
        raise InvalidInput(f"文件过大：电子证书PDF不超过{MAX_BYTES // (1024 * 1024)}MB")
    if client is None:
        return _check(db, pdf_bytes)
    client, stamp = str(client)[:100], now()
    with db.transaction() as cur:
        until = verify_limits.pdf_check_until(client_attempts(cur, client, stamp), None, stamp)
        if until is not None:
            log_attempt(cur, client, None, "pdf:limited", stamp)
    if until is not None:
        raise TooManyAttempts(verify_limits.refusal(until))
    found = _check(db, pdf_bytes)  # the signature checks run outside any write transaction
    number = found["cert_no"] or _claimed_number(pdf_bytes)
    with db.transaction() as cur:
        until = verify_limits.pdf_check_until(client_attempts(cur, client, stamp), number, stamp)
        log_attempt(cur, client, number, "pdf:limited" if until else f"pdf:{found['status']}", stamp)
    if until is not None:
        raise TooManyAttempts(verify_limits.refusal(until))
    return found


def _claimed_number(pdf_bytes: bytes) -> str | None:
    """The number an altered file claims (for the per-number limit only; never shown)."""
    payload = read_payload(pdf_bytes) if pdf_bytes[:5] == b"%PDF-" else None
    fields = payload.get("fields") if isinstance(payload, dict) else None
    number = fields.get("cert_no") if isinstance(fields, dict) else None
    return str(number)[:40] if number else None


def _check(db, pdf_bytes: bytes) -> dict:
    if pdf_bytes[:5] != b"%PDF-":
        return _answer("tampered", "上传的文件不是PDF文件")
    home = key_home(db)
    sig = pades.check(pdf_bytes, pdf_keys.trust_anchors(home), pdf_keys.signer_certificates(home))
    if not sig.ok:
        return _answer("tampered", sig.reason)
    payload = read_payload(pdf_bytes)
    payload = payload if isinstance(payload, dict) else {}
    public = signing.public_keys(home).get(str(payload.get("key_id")))
    if public is None:
        return _answer("tampered", "文件中没有本发证机构签名的证书数据")
    content = check_certificate_pdf(pdf_bytes, public)
    if not content.ok:
        return _answer("tampered", content.reason, content.cert_no)
    with db.read() as cur:
        found = store_rows.dicts(cur.execute(q("select_certificate"), {"cert_no": content.cert_no}))
    if not found:
        return _answer("unknown", "签名有效，但发证登记中没有该证书编号", content.cert_no)
    row = found[0]
    if (signed_fields(row), row["signature"], row["key_id"]) != \
            (payload["fields"], payload.get("signature"), payload.get("key_id")):
        return _answer("tampered", "证书内容与发证登记记录不一致", content.cert_no)
    if row["status"] == "revoked":
        day = row["revoked_at"].date()
        return _answer("revoked", f"该证书已于 {day} 被撤销", content.cert_no, day)
    return _answer("valid", f"{sig.reason}，证书内容与发证登记一致", content.cert_no)


def _answer(status: str, detail: str, cert_no: str | None = None, revoked_on=None) -> dict:
    answer = f"已撤销（{revoked_on}）" if status == "revoked" else ANSWERS[status]
    return {"status": status, "answer": answer, "detail": detail, "message": f"{answer}：{detail}",
            "ok": status == "valid", "cert_no": cert_no, "revoked_on": revoked_on}
