"""Ed25519 signatures over canonical certificate data.

The signing key is created on first use under PORTAL_HOME/keys/ with owner-only permissions
(0600 file in a 0700 directory); verification needs only the public key. Rotation keeps the public
key of each retired key under keys/retired/ so what it signed keeps verifying."""
from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import tempfile
import threading
from json.encoder import encode_basestring as _json_string  # json.dumps(ensure_ascii=False)'s
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from portal.certs import keyfiles

_lock = threading.Lock()
KEY_FILE = Path("keys") / "certificate-signing-ed25519.pem"
RETIRED = Path("keys") / "retired"
# Every field printed on the certificate; the signature covers exactly these, nothing else.
SIGNED_FIELDS = ("cert_no", "scheme", "name", "name_printed", "gender", "id_number", "submitting_unit",
                 "qualification", "level", "series", "specialty", "issuing_body", "obtained_on",
                 "issued_on")


_SORTED_KEYS = tuple((k, _json_string(k) + ":") for k in sorted(SIGNED_FIELDS))


def canonical(fields: dict) -> bytes:
    """Canonical bytes of a certificate: the signed fields only, as strings, sorted, compact JSON
    (the bytes of `json.dumps(..., sort_keys=True, ensure_ascii=False, separators=(",", ":"))`,
    written with the same string encoder, without building the dict)."""
    parts = []
    for k, key in _SORTED_KEYS:
        value = fields.get(k)
        parts.append(key + _json_string("" if value is None else str(value)))
    return ("{" + ",".join(parts) + "}").encode("utf-8")


def load_or_create_key(home: str | Path) -> Ed25519PrivateKey:
    path = Path(home) / KEY_FILE
    with _lock:
        if not path.exists():
            _create(path)
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            raise PermissionError(f"签名私钥 {path} 的权限为 {mode:o}，应只允许所有者读写（600）")
        return serialization.load_pem_private_key(path.read_bytes(), password=None)


def _create(path: Path) -> None:
    """Write a new key to a private temp file, then link it into place: the key file appears
    complete or not at all, and a key another process created first is kept."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".key-")  # mode 0600
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(pem)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(FileExistsError):   # another process created the key first: keep theirs
            os.link(tmp, path)
    finally:
        os.unlink(tmp)


def rotate_key(home: str | Path) -> tuple[str, str]:
    """Replace the signing key by a new one, keeping the old public key; returns (old id, new id)."""
    path = Path(home) / KEY_FILE
    with _lock, keyfiles.locked(keyfiles.folder(home)):
        if not path.exists():
            _create(path)
        old = serialization.load_pem_private_key(keyfiles.read_private(path), password=None).public_key()
        retired = keyfiles.folder(home, RETIRED.name)
        keyfiles.write(retired / f"certificate-signing-ed25519-{key_id(old)}.pub.pem",
                       old.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
        new = Ed25519PrivateKey.generate()
        keyfiles.write(path, new.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    return key_id(old), key_id(new.public_key())


def public_keys(home: str | Path) -> dict[str, Ed25519PublicKey]:
    """The current and every retired public key, by key id."""
    found = [serialization.load_pem_public_key(p.read_bytes())
             for p in sorted((Path(home) / RETIRED).glob("certificate-signing-ed25519-*.pub.pem"))]
    found.append(load_or_create_key(home).public_key())
    return {key_id(k): k for k in found}


def key_id(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def sign(key: Ed25519PrivateKey, fields: dict) -> str:
    return base64.b64encode(key.sign(canonical(fields))).decode("ascii")


def verify(public: Ed25519PublicKey, fields: dict, signature: str) -> bool:
    try:
        public.verify(base64.b64decode(signature, validate=True), canonical(fields))
    except (InvalidSignature, ValueError):
        return False
    return True
