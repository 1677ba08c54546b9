"""`portal account list|add|disable|enable|reset-password|unlock|set-cities|set-role USERNAME …`: staff
accounts (reviewers and administrators). `reset-password USERNAME` without `--password` prints a
generated temporary password, which must be changed at the next login."""
from __future__ import annotations

import os

from portal.commands import CliError
from portal.commands._system import database, operator


def _cities(text: str) -> list[str]:
    from portal.domain.units import all_codes, city_code
    names = [c.strip() for c in (text or "").split(",") if c.strip()]
    cities = list(all_codes()) if names == ["all"] else [city_code(c) for c in names]
    if None in cities or not cities:
        raise CliError(f"未知市州：{text}")
    return cities


def register(sub) -> None:
    p = sub.add_parser("account", help="工作人员账号 (staff accounts)")
    acts = p.add_subparsers(dest="account_command", metavar="ACTION", required=True)
    a = acts.add_parser("add", help="添加审核员或管理员")
    a.add_argument("name_arg", nargs="?", metavar="USERNAME")
    a.add_argument("--username")
    a.add_argument("--role", choices=("reviewer", "admin"), required=True)
    a.add_argument("--name", required=True, help="显示名称")
    a.add_argument("--cities", required=True, help="市州代码或名称，逗号分隔；all 表示全省")
    a.add_argument("--password", default=os.environ.get("PORTAL_PASSWORD"),
                   help="初始密码（默认取环境变量 PORTAL_PASSWORD）")
    a.set_defaults(func=add)
    acts.add_parser("list", help="列出工作人员账号及状态").set_defaults(func=list_)
    for action, func, text in (("disable", disable, "停用账号（其所有登录立即失效）"), ("enable", enable, "启用账号"),
                               ("unlock", unlock, "解除登录锁定")):
        one = acts.add_parser(action, help=text)
        one.add_argument("username", metavar="USERNAME")
        one.set_defaults(func=func)
    r = acts.add_parser("reset-password", help="重置为临时密码（下次登录须修改）")
    r.add_argument("username", metavar="USERNAME")
    r.add_argument("--password", help="临时密码；省略时自动生成并打印")
    r.set_defaults(func=reset_password)
    c = acts.add_parser("set-cities", help="调整负责市州（其所有登录立即失效）")
    c.add_argument("username", metavar="USERNAME")
    c.add_argument("cities", metavar="CITIES", help="市州代码或名称，逗号分隔；all 表示全省")
    c.set_defaults(func=set_cities)
    g = acts.add_parser("set-role", help="调整角色：reviewer 审核员 / admin 管理员（其所有登录立即失效）")
    g.add_argument("username", metavar="USERNAME")
    g.add_argument("role", metavar="ROLE", help="reviewer 或 admin")
    g.set_defaults(func=set_role)


def add(args) -> int:
    username = args.username or args.name_arg
    if not username:
        raise CliError("请提供用户名（USERNAME 或 --username）")
    if not args.password:
        raise CliError("请用 --password 或环境变量 PORTAL_PASSWORD 提供初始密码")
    from portal.services.people import accounts
    cities = _cities(args.cities)
    uid = accounts.create_staff(database(args), operator(), username=username, role=args.role,
                                display_name=args.name, cities=cities, password=args.password)
    print(f"account {uid} created: {username} ({args.role}, {','.join(cities)})")
    return 0


def list_(args) -> int:
    from portal.services.people import staff
    for u in staff.list_staff(database(args), operator()):
        state = ("启用" if u["active"] else "停用") + ("\t锁定" if u["locked"] else "")
        print(f"{u['id']}\t{u['username']}\t{u['role']}\t{','.join(u['cities'])}\t{u['display_name']}\t{state}")
    return 0


def _target(args) -> tuple:
    from portal.services.people import staff
    db = database(args)
    return db, staff.find_staff(db, operator(), args.username)["id"]


def disable(args) -> int:
    from portal.services.people import staff
    db, uid = _target(args)
    staff.set_active(db, operator(), uid, False)
    print(f"account {args.username} disabled")
    return 0


def enable(args) -> int:
    from portal.services.people import staff
    db, uid = _target(args)
    staff.set_active(db, operator(), uid, True)
    print(f"account {args.username} enabled")
    return 0


def unlock(args) -> int:
    from portal.services.people import locks
    db, uid = _target(args)
    locks.unlock(db, operator(), uid)
    print(f"account {args.username} unlocked")
    return 0


def reset_password(args) -> int:
    from portal.services.people import staff
    db, uid = _target(args)
    temporary = staff.reset_password(db, operator(), uid, args.password)
    print(f"account {args.username}: password reset; it must be changed at the next login")
    if not args.password:
        print(f"temporary password: {temporary}")
    return 0


def set_cities(args) -> int:
    from portal.services.people import staff
    db, uid = _target(args)
    cities = _cities(args.cities)
    staff.set_cities(db, operator(), uid, cities)
    print(f"account {args.username}: cities {','.join(cities)}")
    return 0


def set_role(args) -> int:
    from portal.services.people import roles
    db, uid = _target(args)
    roles.set_role(db, operator(), uid, args.role)
    print(f"account {args.username}: role {args.role}")
    return 0
