"""`portal settings set public_url URL` / `portal settings show`: settings an administrator enters."""
from __future__ import annotations

from portal.commands import CliError
from portal.commands._system import database, operator


def register(sub) -> None:
    p = sub.add_parser("settings", help="系统设置 settings (public_url)")
    acts = p.add_subparsers(dest="settings_action", metavar="ACTION", required=True)
    s = acts.add_parser("set", help="设置 set a value")
    s.add_argument("name", help="public_url")
    s.add_argument("value")
    acts.add_parser("show", help="查看 show the settings")
    p.set_defaults(func=run)


def run(args) -> int:
    from portal.services.certificates import public_url

    db = database(args)
    if args.settings_action == "show":
        print(f"{public_url.SETTING} = {public_url.public_url(db) or '(未设置 not set)'}")
        return 0
    if args.name != public_url.SETTING:
        raise CliError(f"未知的设置项 {args.name!r}：可设置 {public_url.SETTING}", 2)
    print(f"{args.name} = {public_url.set_public_url(db, operator(), args.value)}")
    return 0
