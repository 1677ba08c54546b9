"""X.509 material for PDF signatures: a self-issued issuing CA, the signing certificates it issues,
key ids, and the checks a bureau's own key, certificate and chain must pass before they are used."""
from __future__ import annotations

import datetime as dt
import hashlib

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

CA_NAME = "专业技术资格电子证书签发CA"
SIGNER_NAME = "专业技术资格电子证书签名"
CA_YEARS, SIGNER_YEARS = 30, 20


def key_id(cert: x509.Certificate) -> str:
    """The id of a signing key: the first 16 hex digits of SHA-256 over its SubjectPublicKeyInfo."""
    spki = cert.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(spki).hexdigest()[:16]


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "考后人工核查 portal")])


def _usage(*, sign: bool, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(digital_signature=sign, content_commitment=sign, key_encipherment=False,
                         data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=ca,
                         encipher_only=False, decipher_only=False)


def _build(subject: x509.Name, public, issuer: x509.Name, issuer_key, years: int, ca: bool, sign: bool):
    start = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    return (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer).public_key(public)
            .serial_number(x509.random_serial_number()).not_valid_before(start)
            .not_valid_after(start + dt.timedelta(days=365 * years))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=0 if ca else None), critical=True)
            .add_extension(_usage(sign=sign, ca=ca), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
            .sign(issuer_key, hashes.SHA256()))


def new_ca():
    """A new issuing CA (ECDSA P-256): (private key, self-signed certificate)."""
    key = ec.generate_private_key(ec.SECP256R1())
    return key, _build(_name(CA_NAME), key.public_key(), _name(CA_NAME), key, CA_YEARS, ca=True, sign=False)


def new_signer(ca_key, ca_cert: x509.Certificate):
    """A new signing key (ECDSA P-256) and its certificate issued by the CA."""
    key = ec.generate_private_key(ec.SECP256R1())
    probe = _build(_name(SIGNER_NAME), key.public_key(), ca_cert.subject, ca_key, SIGNER_YEARS, ca=False, sign=True)
    name = _name(f"{SIGNER_NAME} {key_id(probe)}")
    return key, _build(name, key.public_key(), ca_cert.subject, ca_key, SIGNER_YEARS, ca=False, sign=True)


def check_bureau_chain(key, cert: x509.Certificate, chain: list[x509.Certificate]) -> None:
    """Refuse a bureau's key, certificate and chain that do not belong together (ValueError, Chinese)."""
    mine = serialization.PublicFormat.SubjectPublicKeyInfo
    if key.public_key().public_bytes(serialization.Encoding.DER, mine) != \
            cert.public_key().public_bytes(serialization.Encoding.DER, mine):
        raise ValueError("私钥与签名证书不匹配")
    if not chain:
        raise ValueError("请提供签发该证书的CA证书链（PEM）")
    for child, parent in zip([cert, *chain], chain):
        try:
            child.verify_directly_issued_by(parent)
        except (ValueError, TypeError, InvalidSignature) as exc:
            raise ValueError(f"证书链不连贯：{child.subject.rfc4514_string()} 不是由 "
                             f"{parent.subject.rfc4514_string()} 签发的") from exc
    now = dt.datetime.now(dt.UTC)
    if not cert.not_valid_before_utc <= now <= cert.not_valid_after_utc:
        raise ValueError("签名证书不在有效期内")
