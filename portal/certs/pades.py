"""PAdES baseline B-B signatures on e-certificate PDFs (pyHanko): a certification signature that allows
no change, and the check of an uploaded file: exactly one signature, covering the whole file, intact,
by one of this issuer's signing certificates and chaining to its CA."""
from __future__ import annotations

import io
import logging
from dataclasses import dataclass

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from portal.certs import pdf_ca
from portal.certs.pdf_keys import Identity

FIELD = "电子证书签名"
# pyHanko logs what it finds wrong in a hostile file with a traceback; the answer says it in one line
logging.getLogger("pyhanko").addHandler(logging.NullHandler())


def _asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def sign(pdf: bytes, identity: Identity) -> bytes:
    """The PDF with a PAdES B-B certification signature by `identity`, appended as one incremental update."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    key = asn1_keys.PrivateKeyInfo.load(identity.key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    signer = signers.SimpleSigner(signing_cert=_asn1(identity.cert), signing_key=key,
                                  cert_registry=SimpleCertificateStore.from_certs([_asn1(c) for c in identity.chain]))
    meta = signers.PdfSignatureMetadata(field_name=FIELD, subfilter=fields.SigSeedSubFilter.PADES,
                                        md_algorithm="sha256", certify=True,
                                        docmdp_permissions=fields.MDPPerm.NO_CHANGES,
                                        reason="专业技术资格电子证书", location="中国")
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    return signers.PdfSigner(meta, signer=signer).sign_pdf(writer).getvalue()


@dataclass(frozen=True)
class SignatureCheck:
    ok: bool
    reason: str            # Chinese, for the person who uploaded the file
    key_id: str | None = None


def check(pdf: bytes, anchors: list[x509.Certificate], signers: dict[str, x509.Certificate]) -> SignatureCheck:
    """Whether `pdf` carries one valid signature of this issuer over the entire file (never raises)."""
    try:
        return _check(pdf, anchors, signers)
    except Exception:  # a malformed file can fail anywhere in the parser: it is not our certificate
        return SignatureCheck(False, "文件无法按PDF读取，可能已损坏或被修改")


def _check(pdf, anchors, signers) -> SignatureCheck:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import KeyUsageConstraints, SignatureCoverageLevel, validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    found = PdfFileReader(io.BytesIO(pdf), strict=False).embedded_signatures
    if not found:
        return SignatureCheck(False, "文件中没有PDF电子签名（请使用从本系统下载的电子证书）")
    if len(found) != 1:
        return SignatureCheck(False, "文件中有多个签名，签发后被再次修改")
    embedded = found[0]
    signer_cert = x509.load_der_x509_certificate(embedded.signer_cert.dump())
    kid = pdf_ca.key_id(signer_cert)
    if signers.get(kid) != signer_cert:
        return SignatureCheck(False, "签名不是本发证机构的签名密钥所签", kid)
    context = ValidationContext(trust_roots=[_asn1(c) for c in anchors], allow_fetching=False,
                                revocation_mode="soft-fail")
    # whatever follows the signed revision is refused below: no need to analyse what it changed
    status = validate_pdf_signature(embedded, context, skip_diff=True, key_usage_settings=KeyUsageConstraints(
        key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False))
    if not (status.intact and status.valid):
        return SignatureCheck(False, "签名校验失败：文件内容在签名后被修改", kid)
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        return SignatureCheck(False, "签名没有覆盖整个文件：签名后又追加了内容（增量修改或追加页面）", kid)
    if not status.trusted:
        return SignatureCheck(False, "签名证书不能追溯到本发证机构的CA", kid)
    return SignatureCheck(True, f"PDF电子签名有效（签名密钥 {kid}）", kid)
