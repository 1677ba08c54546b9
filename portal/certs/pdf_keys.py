"""PDF signing keys under PORTAL_HOME/keys/pdf-signing/ (0700; every file 0600, written whole or not at all):
`ca.key.pem` + `ca.cert.pem` (the self-issued issuing CA, made on first use), `<id>.cert.pem` for every signing
key ever used, `<id>.key.pem` for the current one only, `current` (its id), `chain/*.pem` (CA certificates of a
bureau's own chain). Rotation deletes the old private key: a retired key verifies and signs nothing."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from portal.certs import keyfiles, pdf_ca
from portal.certs.keyfiles import read_private, write

DIR = Path("keys") / "pdf-signing"
PEM = serialization.Encoding.PEM


@dataclass(frozen=True)
class Identity:
    key_id: str
    key: object                                 # cryptography private key
    cert: x509.Certificate
    chain: tuple[x509.Certificate, ...]         # the issuing certificates, nearest first


def current(home) -> Identity:
    """The signing identity in use; the CA and a first signing key are created when there is none."""
    folder = keyfiles.folder(home, DIR.name)
    if not (folder / "current").exists():
        with keyfiles.locked(folder):
            if not (folder / "current").exists():
                _install(folder, *_self_issued(folder), [])
    for attempt in (1, 2):  # a rotation between reading `current` and the key: read again
        try:
            kid = (folder / "current").read_text().strip()
            key = serialization.load_pem_private_key(read_private(folder / f"{kid}.key.pem"), password=None)
            break
        except FileNotFoundError:
            if attempt == 2:
                raise
    cert = x509.load_pem_x509_certificate((folder / f"{kid}.cert.pem").read_bytes())
    return Identity(kid, key, cert, tuple(_issuers(cert, trust_anchors(home))))


def rotate(home, key_pem: bytes | None = None, cert_pem: bytes | None = None,
           chain_pem: bytes | None = None) -> tuple[str | None, str]:
    """Make a new signing key current: issued by the self-issued CA, or the bureau's own key, certificate
    and chain (PEM). Returns (retired id or None, new id); raises ValueError (Chinese) on a bad chain."""
    folder = keyfiles.folder(home, DIR.name)
    with keyfiles.locked(folder):
        old = (folder / "current").read_text().strip() if (folder / "current").exists() else None
        if key_pem is None:
            key, cert, chain = *_self_issued(folder), []
        else:
            try:
                key = serialization.load_pem_private_key(key_pem, password=None)
                cert = x509.load_pem_x509_certificate(cert_pem or b"")
                chain = x509.load_pem_x509_certificates(chain_pem or b"")
            except ValueError as exc:
                raise ValueError(f"无法读取私钥或证书（需要未加密的PEM文件）：{exc}") from None
            pdf_ca.check_bureau_chain(key, cert, chain)
        new = _install(folder, key, cert, chain)
        if old and old != new:
            (folder / f"{old}.key.pem").unlink(missing_ok=True)
    return old, new


def signer_certificates(home) -> dict[str, x509.Certificate]:
    """Every signing certificate this issuer has used, current and retired, by key id."""
    folder = Path(home) / DIR
    return {p.name.split(".")[0]: x509.load_pem_x509_certificate(p.read_bytes())
            for p in sorted(folder.glob("*.cert.pem")) if p.name != "ca.cert.pem"}


def trust_anchors(home) -> list[x509.Certificate]:
    """The CA certificates a signature of this issuer must chain to."""
    folder = Path(home) / DIR
    files = [folder / "ca.cert.pem", *sorted((folder / "chain").glob("*.pem"))]
    return [x509.load_pem_x509_certificate(p.read_bytes()) for p in files if p.exists()]


def private_key_files(home) -> list[Path]:
    """The private keys of PDF signing (for key export, and to keep out of backups)."""
    folder = Path(home) / DIR
    return sorted(p for p in folder.glob("*.key.pem"))


def _issuers(cert: x509.Certificate, anchors: list[x509.Certificate]) -> list[x509.Certificate]:
    chain, child = [], cert
    while child.issuer != child.subject and len(chain) < 8:
        parent = next((c for c in anchors if c.subject == child.issuer), None)
        if parent is None:
            break
        chain.append(parent)
        child = parent
    return chain


def _self_issued(folder: Path):
    if (folder / "ca.key.pem").exists():
        ca_key = serialization.load_pem_private_key(read_private(folder / "ca.key.pem"), password=None)
        ca_cert = x509.load_pem_x509_certificate((folder / "ca.cert.pem").read_bytes())
    else:
        ca_key, ca_cert = pdf_ca.new_ca()
        write(folder / "ca.cert.pem", ca_cert.public_bytes(PEM))
        write(folder / "ca.key.pem", _private_pem(ca_key))
    return pdf_ca.new_signer(ca_key, ca_cert)


def _install(folder: Path, key, cert: x509.Certificate, chain: list[x509.Certificate]) -> str:
    kid = pdf_ca.key_id(cert)
    for issuer in chain:
        (folder / "chain").mkdir(mode=0o700, exist_ok=True)
        write(folder / "chain" / f"{pdf_ca.key_id(issuer)}.pem", issuer.public_bytes(PEM))
    write(folder / f"{kid}.cert.pem", cert.public_bytes(PEM))
    write(folder / f"{kid}.key.pem", _private_pem(key))
    write(folder / "current", kid.encode() + b"\n")
    return kid


def _private_pem(key) -> bytes:
    return key.private_bytes(PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
