"""`portal blacklist add|edit|lift|list` and `portal history add` (earlier failed checks)."""
from __future__ import annotations

from portal.commands._system import database, operator
from portal.domain.masking import mask_id


def register(sub) -> None:
    p = sub.add_parser("blacklist", help="黑名单 (blacklist)")
    acts = p.add_subparsers(dest="blacklist_command", metavar="ACTION", required=True)
    a = acts.add_parser("add")
    a.add_argument("--id-number", required=True)
    a.add_argument("--name", required=True)
    a.add_argument("--reason", required=True)
    a.set_defaults(func=lambda args: _run(lambda db, me: _blacklist().add_entry(
        db, me, id_number=args.id_number, name=args.name, reason=args.reason), args, "added"))
    e = acts.add_parser("edit")
    e.add_argument("entry", type=int)
    e.add_argument("--reason", required=True)
    e.set_defaults(func=lambda args: _run(lambda db, me: _blacklist().edit_entry(
        db, me, args.entry, reason=args.reason), args, "edited"))
    lift = acts.add_parser("lift")
    lift.add_argument("entry", type=int)
    lift.add_argument("--reason", required=True)
    lift.set_defaults(func=lambda args: _run(lambda db, me: _blacklist().lift_entry(
        db, me, args.entry, reason=args.reason), args, "lifted"))
    ls = acts.add_parser("list")
    ls.add_argument("--all", action="store_true", help="包括已解除的记录")
    ls.set_defaults(func=list_)
    h = sub.add_parser("history", help="往年核查未通过记录 (earlier failed checks)")
    hacts = h.add_subparsers(dest="history_command", metavar="ACTION", required=True)
    ha = hacts.add_parser("add")
    ha.add_argument("--id-number", required=True)
    ha.add_argument("--exam", required=True)
    ha.add_argument("--year", type=int, required=True)
    ha.add_argument("--reason", required=True)
    ha.set_defaults(func=lambda args: _run(lambda db, me: _blacklist().add_history(
        db, me, id_number=args.id_number, exam=args.exam, exam_year=args.year, reason=args.reason), args, "recorded"))


def _blacklist():
    from portal.services.people import blacklist
    return blacklist


def _run(action, args, done: str) -> int:
    result = action(database(args), operator())
    print(done if result is None else f"{done}: {result}")
    return 0


def list_(args) -> int:
    for e in _blacklist().list_entries(database(args), operator(), include_lifted=args.all):
        lifted = f"\t已解除：{e['lift_reason']}" if e["lifted_at"] else ""
        print(f"{e['id']}\t{mask_id(e['id_number'])}\t{e['name']}\t{e['reason']}{lifted}")
    return 0
