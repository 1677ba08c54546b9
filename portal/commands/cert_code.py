"""`portal cert-code check CODE [--scheme hunan|tianjin]` (design 4.4)."""
from __future__ import annotations

from portal.certs import SCHEMES, scheme


def register(sub) -> None:
    parser = sub.add_parser("cert-code", help="证书编号工具 certificate-number tools")
    actions = parser.add_subparsers(dest="cert_code_action", metavar="ACTION", required=True)
    check = actions.add_parser("check", help="检查证书编号是否有效 check a certificate number")
    check.add_argument("code")
    check.add_argument("--scheme", default="hunan", choices=sorted(SCHEMES))
    check.set_defaults(func=run_check)


def run_check(args) -> int:
    problem = scheme(args.scheme).check(args.code, series=_series_list(args))
    if problem is None:
        print("valid")
        return 0
    print(f"invalid: {problem}")
    return 1


def _series_list(args) -> frozenset[str] | None:
    """The administrator's series-code list when a database exists and has one; else None (any two digits)."""
    try:
        from portal.services.certificates_config import configured_series
    except ImportError:
        return None
    return configured_series(args.home, create=False) or None
