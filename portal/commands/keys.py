"""`portal keys …`: `rotate` retires the current payload and PDF signing keys and makes new ones (from
the self-issued CA, or `--key/--cert/--chain`: the bureau's own); `export PATH` / `import PATH` carry
every key under PORTAL_HOME/keys in one passphrase-encrypted file (run here, never in the portal:
the passphrase is asked on this terminal or read from `--passphrase-file`)."""
from __future__ import annotations

import getpass
import sys
from pathlib import Path

from portal.commands import CliError
from portal.commands._system import database, operator
from portal.domain.errors import ServiceError


def register(sub) -> None:
    p = sub.add_parser("keys", help="密钥 keys: rotate, export, import")
    acts = p.add_subparsers(dest="keys_action", metavar="ACTION", required=True)
    rotate = acts.add_parser("rotate", help="更换证书签名密钥 retire the signing keys and make new ones")
    rotate.add_argument("--key", help="本单位签名私钥 PEM（不加密） the bureau's private key")
    rotate.add_argument("--cert", help="本单位签名证书 PEM the bureau's signing certificate")
    rotate.add_argument("--chain", help="签发该证书的CA证书链 PEM the issuing CA certificates")
    rotate.set_defaults(func=_rotate)
    exp = acts.add_parser("export", help="导出全部密钥（口令加密） export every key, encrypted with a passphrase")
    exp.add_argument("path", help="导出文件（须不存在）")
    exp.add_argument("--passphrase-file", help="从该文件第一行读取口令（否则在终端输入两次）")
    exp.set_defaults(func=_export, local_only=True)
    imp = acts.add_parser("import", help="导入由 keys export 导出的密钥 import exported keys")
    imp.add_argument("path", help="由 portal keys export 生成的文件")
    imp.add_argument("--passphrase-file", help="从该文件第一行读取口令（否则在终端输入）")
    imp.add_argument("--replace", action="store_true", help="替换本机已有的不同密钥")
    imp.set_defaults(func=_import, local_only=True)


def _passphrase(args, twice: bool) -> str:
    """From --passphrase-file (first line), else typed on the terminal (twice for a new export)."""
    if args.passphrase_file:
        try:
            lines = Path(args.passphrase_file).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            raise CliError(f"无法读取口令文件：{args.passphrase_file}", 2) from None
        if not lines or not lines[0]:
            raise CliError("口令文件的第一行为空", 2)
        return lines[0]
    if not sys.stdin.isatty():
        raise CliError("请在终端中运行以输入口令，或使用 --passphrase-file", 2)
    first = getpass.getpass("密钥文件口令：")
    if twice and getpass.getpass("再次输入口令：") != first:
        raise CliError("两次输入的口令不一致，未导出", 2)
    return first


def _export(args) -> int:
    from portal.services.key_files import export_keys
    passphrase = _passphrase(args, twice=True)
    try:
        done = export_keys(args.home, operator(), Path(args.path), passphrase)
    except ServiceError as exc:
        raise CliError(exc.message, 1) from exc
    print(f"{done['files']} key files written to {Path(args.path).resolve()} (encrypted; keep the passphrase "
          f"apart): audit key {done['audit_key'] or '-'}, checkpoint key {done['checkpoint_key'] or '-'}")
    return 0


def _import(args) -> int:
    from portal.services.key_files import import_keys
    passphrase = _passphrase(args, twice=False)
    try:
        done = import_keys(args.home, operator(), Path(args.path), passphrase, replace=args.replace)
    except ServiceError as exc:
        raise CliError(exc.message, 1) from exc
    print(f"keys imported: {done['written']} written, {done['unchanged']} already present; "
          f"audit key {done['audit_key'] or '-'}, checkpoint key {done['checkpoint_key'] or '-'}")
    return 0


def _rotate(args) -> int:
    from portal.services.certificates.keys import rotate_signing_keys
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
