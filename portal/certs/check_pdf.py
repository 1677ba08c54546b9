"""Checking an uploaded e-certificate PDF: embedded payload, Ed25519 signature, and the printed
text agreeing with the signed fields (an edit to the page or to the payload is detected)."""
from __future__ import annotations

from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from portal.certs import signing
from portal.certs.pdf import LABELS, page_text, read_payload


@dataclass(frozen=True)
class PdfCheck:
    ok: bool
    reason: str            # Chinese, for the person who uploaded the file
    cert_no: str | None = None


def check_certificate_pdf(pdf_bytes: bytes, public: Ed25519PublicKey) -> PdfCheck:
    if pdf_bytes[:5] != b"%PDF-":
        return PdfCheck(False, "上传的文件不是PDF文件")
    payload = read_payload(pdf_bytes)
    if not isinstance(payload, dict) or not isinstance(payload.get("fields"), dict):
        return PdfCheck(False, "文件中没有本系统签发的电子证书签名数据（可能是再转换版本或非本系统证书）")
    fields, cert_no = payload["fields"], str(payload["fields"].get("cert_no") or "") or None
    if payload.get("key_id") != signing.key_id(public):
        return PdfCheck(False, "证书签名密钥与本系统不符，不是本系统签发的电子证书", cert_no)
    if not signing.verify(public, fields, str(payload.get("signature") or "")):
        return PdfCheck(False, "电子签名校验失败：证书数据在签发后被修改", cert_no)
    try:
        text = "".join(page_text(pdf_bytes).split())
    except Exception:  # pdfium refuses a damaged page tree: the upload is not our certificate
        return PdfCheck(False, "PDF页面无法读取，文件可能已损坏或被修改", cert_no)
    for key, label in (("cert_no", "证书编号"), *LABELS):
        value = "".join(str(fields.get(key) or "").split())
        if value and value not in text:
            shown = "".join(label.split("　"))
            return PdfCheck(False, f"证书页面上的{shown}与签名数据不一致，页面可能被修改", cert_no)
    return PdfCheck(True, "电子签名有效，证书内容未被修改", cert_no)
