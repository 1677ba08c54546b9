"""`portal audit verify`: the keyed hash chain, every record row against its last event and the
database against the latest signed checkpoint; `portal audit checkpoint [--export PATH]`; `portal audit
rekey` once after upgrading an install whose events were sealed by the unkeyed chain."""
from __future__ import annotations

import sys
from pathlib import Path

from portal.domain.errors import ServiceError


def register(sub) -> None:
    p = sub.add_parser("audit", help="审计日志 (audit trail)")
    actions = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    v = actions.add_parser("verify", help="校验审计日志、业务记录和签名检查点 (verify chain, rows, checkpoint)")
    v.set_defaults(func=verify)
    c = actions.add_parser("checkpoint", help="签署当前审计链头 (sign the chain head now)")
    c.add_argument("--export", type=Path, help="另存一份签名检查点，供另处保管")
    c.set_defaults(func=checkpoint)
    r = actions.add_parser("rekey", help="升级后用审计密钥重新签封旧日志 (re-seal events of the unkeyed chain)")
    r.set_defaults(func=rekey)


def verify(args) -> int:
    from portal.services import system
    digest = system.database_file_digest(args.home)  # before opening: DuckDB may rewrite the file
    try:
        db = system.open_home(args.home)
    except ServiceError as exc:  # a file that cannot be opened is a detected tampering
        print(f"audit chain broken: {exc.message}")
        return 1
    n, why = system.verify_audit(db, system.operator(), digest)
    if why is None:
        print(f"audit chain ok: {n} events")
        return 0
    print(f"audit chain broken at event {n}: {why}" if n else f"audit records broken: {why}")
    return 1


def rekey(args) -> int:
    from portal.services import system
    try:
        done = system.rekey_audit(system.open_home(args.home), system.operator())
    except ServiceError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 1
    print(f"audit chain re-keyed: {done['unkeyed_events']} events of the unkeyed chain verified, "
          f"{done['old_head_seq']} events re-sealed; old head {done['old_head_hash'][:16]}… recorded")
    return 0


def checkpoint(args) -> int:
    from portal.services import system
    entry = system.audit_checkpoint(system.open_home(args.home), system.operator(), args.export)
    print(f"checkpoint: {entry['count']} events, head {entry['hash'][:16]}…, signed {entry['at']}"
          + (f"; exported to {args.export}" if args.export else ""))
    return 0
