"""`portal audit verify`: walk the hash chain of the audit trail."""
from __future__ import annotations

from portal.commands._system import database
from portal.services import system


def register(sub) -> None:
    p = sub.add_parser("audit", help="审计日志 (audit trail)")
    actions = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    v = actions.add_parser("verify", help="校验审计日志哈希链 (verify the hash chain)")
    v.set_defaults(func=verify)


def verify(args) -> int:
    db = database(args)
    n, why = system.verify_audit(db)
    if why is None:
        print(f"audit chain ok: {n} events")
        return 0
    print(f"audit chain broken at event {n}: {why}")
    return 1
