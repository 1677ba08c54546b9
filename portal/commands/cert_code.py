"""`portal cert-code check CODE [--scheme hunan|tianjin]`."""
from __future__ import annotations

from portal.services.certificates import codes


def register(sub) -> None:
    parser = sub.add_parser("cert-code", help="证书编号工具 certificate-number tools")
    actions = parser.add_subparsers(dest="cert_code_action", metavar="ACTION", required=True)
    check = actions.add_parser("check", help="检查证书编号是否有效 check a certificate number")
    check.add_argument("code")
    check.add_argument("--scheme", default="hunan", choices=codes.scheme_names())
    check.set_defaults(func=run_check)


def run_check(args) -> int:
    problem = codes.code_problem(args.code, scheme_name=args.scheme, home=args.home)
    if problem is None:
        print("valid")
        return 0
    print(f"invalid: {problem}")
    return 1
