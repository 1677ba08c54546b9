"""`portal audit verify`: the keyed hash chain, every record row against its last event and the
database against the latest signed checkpoint; `portal audit checkpoint [--export PATH]`."""
from __future__ import annotations

from pathlib import Path

from portal.domain.errors import ServiceError
from portal.services import system


def register(sub) -> None:
    p = sub.add_parser("audit", help="审计日志 (audit trail)")
    actions = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    v = actions.add_parser("verify", help="校验审计日志、业务记录和签名检查点 (verify chain, rows, checkpoint)")
    v.set_defaults(func=verify)
    c = actions.add_parser("checkpoint", help="签署当前审计链头 (sign the chain head now)")
    c.add_argument("--export", type=Path, help="另存一份签名检查点，供另处保管")
    c.set_defaults(func=checkpoint)


def verify(args) -> int:
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


def checkpoint(args) -> int:
    entry = system.audit_checkpoint(system.open_home(args.home), system.operator(), args.export)
    print(f"checkpoint: {entry['count']} events, head {entry['hash'][:16]}…, signed {entry['at']}"
          + (f"; exported to {args.export}" if args.export else ""))
    return 0
