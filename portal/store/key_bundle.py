"""A passphrase-encrypted bundle of key files: scrypt (N=2**17, r=8, p=1, 16-byte salt) derives a
256-bit key, AES-256-GCM (12-byte nonce) encrypts the files; the header (format, KDF parameters,
nonce) is authenticated as associated data, so a changed parameter fails like a wrong passphrase."""
from __future__ import annotations

import base64
import json
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

FORMAT = "portal-keys/1"
SCRYPT = {"n": 2**17, "r": 8, "p": 1}  # 128 MiB, about a second: what RFC 7914 suggests for files
MAX_BYTES = 16 << 20


class BundleError(Exception):
    """The bundle cannot be read: wrong passphrase, changed, truncated or not a key bundle (Chinese)."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _header_bytes(header: dict) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def seal(files: dict[str, bytes], passphrase: str, meta: dict | None = None) -> bytes:
    """The encrypted bundle of `files` (relative path -> content) and `meta` (shown after import)."""
    salt, nonce = os.urandom(16), os.urandom(12)
    header = {"format": FORMAT, "kdf": {"name": "scrypt", **SCRYPT, "salt": _b64(salt)},
              "cipher": "AES-256-GCM", "nonce": _b64(nonce)}
    plain = json.dumps({"files": {k: _b64(v) for k, v in sorted(files.items())}, "meta": meta or {}},
                       sort_keys=True).encode("utf-8")
    key = _derive(passphrase, salt, **SCRYPT)
    body = AESGCM(key).encrypt(nonce, plain, _header_bytes(header))
    return (json.dumps({**header, "ciphertext": _b64(body)}, indent=1) + "\n").encode("ascii")


def _parse(data: bytes) -> tuple[dict, bytes, bytes, bytes, dict]:
    """(header, salt, nonce, ciphertext, scrypt parameters), with the parameters bounded: a hostile
    file must not make the KDF take gigabytes."""
    if len(data) > MAX_BYTES:
        raise BundleError("不是密钥导出文件（文件过大）")
    try:
        doc = json.loads(data.decode("utf-8"))
        header = {k: doc[k] for k in ("format", "kdf", "cipher", "nonce")}
        kdf = header["kdf"]
        params = {k: int(kdf[k]) for k in ("n", "r", "p")}
        salt, nonce = base64.b64decode(kdf["salt"], validate=True), base64.b64decode(header["nonce"], validate=True)
        body = base64.b64decode(doc["ciphertext"], validate=True)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError):
        raise BundleError("不是密钥导出文件，或文件已损坏") from None
    if header["format"] != FORMAT or kdf.get("name") != "scrypt" or header["cipher"] != "AES-256-GCM":
        raise BundleError("不支持的密钥导出文件格式")
    n, r, p = params["n"], params["r"], params["p"]
    if not (2**10 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 16 and 1 <= p <= 4) or len(nonce) != 12 \
            or len(salt) < 16:
        raise BundleError("密钥导出文件的加密参数不在允许范围内，文件已损坏或被改动")
    return header, salt, nonce, body, params


def open_bundle(data: bytes, passphrase: str) -> tuple[dict[str, bytes], dict]:
    """(files, meta) of a bundle; BundleError for a wrong passphrase or any change to the file."""
    header, salt, nonce, body, params = _parse(data)
    try:
        plain = AESGCM(_derive(passphrase, salt, **params)).decrypt(nonce, body, _header_bytes(header))
    except InvalidTag:
        raise BundleError("无法解密密钥导出文件：口令错误，或文件已被改动") from None
    try:
        doc = json.loads(plain)
        files = {str(k): base64.b64decode(v, validate=True) for k, v in doc["files"].items()}
    except (ValueError, KeyError, TypeError, AttributeError):
        raise BundleError("密钥导出文件内容已损坏") from None
    return files, doc.get("meta") or {}
