"""`portal keys …`: the certificate signing keys. `rotate` retires the current payload and PDF signing
keys and makes new ones (from the self-issued CA, or `--key/--cert/--chain`: the bureau's own)."""
from __future__ import annotations

from pathlib import Path

from portal.commands import CliError
from portal.commands._system import database, operator
from portal.domain.errors import ServiceError
from portal.services.certificates.keys import rotate_signing_keys


def register(sub) -> None:
    p = sub.add_parser("keys", help="签名密钥 signing keys: rotate")
    acts = p.add_subparsers(dest="keys_action", metavar="ACTION", required=True)
    rotate = acts.add_parser("rotate", help="更换证书签名密钥 retire the signing keys and make new ones")
    rotate.add_argument("--key", help="本单位签名私钥 PEM（不加密） the bureau's private key")
    rotate.add_argument("--cert", help="本单位签名证书 PEM the bureau's signing certificate")
    rotate.add_argument("--chain", help="签发该证书的CA证书链 PEM the issuing CA certificates")
    rotate.set_defaults(func=_rotate)


def _rotate(args) -> int:
    files = {}
    for name in ("key", "cert", "chain"):
        given = getattr(args, name)
        if given is not None:
            if not Path(given).is_file():
                raise CliError(f"文件不存在：{given}", 2)
            files[name] = Path(given).read_bytes()
    try:
        res = rotate_signing_keys(database(args), operator(), key_pem=files.get("key"), cert_pem=files.get("cert"),
                                  chain_pem=files.get("chain"))
    except ServiceError as exc:
        raise CliError(exc.message, 1) from exc
    old, new = res["retired"], res["current"]
    print(f"PDF signing key {old['pdf_key'] or '-'} retired, {new['pdf_key']} current"
          f"{' (bureau certificate)' if new['bureau_chain'] else ''}")
    print(f"payload signing key {old['payload_key']} retired, {new['payload_key']} current")
    return 0
