"""`portal account add|list`: staff accounts (reviewers and administrators)."""
from __future__ import annotations

import os

from portal.commands import CliError
from portal.commands._system import database, operator
from portal.services.people import accounts, staff


def register(sub) -> None:
    p = sub.add_parser("account", help="工作人员账号 (staff accounts)")
    acts = p.add_subparsers(dest="account_command", metavar="ACTION", required=True)
    a = acts.add_parser("add", help="添加审核员或管理员")
    a.add_argument("--username", required=True)
    a.add_argument("--role", choices=("reviewer", "admin"), required=True)
    a.add_argument("--name", required=True, help="显示名称")
    a.add_argument("--cities", required=True, help="市州代码或名称，逗号分隔；all 表示全省")
    a.add_argument("--password", default=os.environ.get("PORTAL_PASSWORD"),
                   help="初始密码（默认取环境变量 PORTAL_PASSWORD）")
    a.set_defaults(func=add)
    ls = acts.add_parser("list", help="列出工作人员账号")
    ls.set_defaults(func=list_)


def add(args) -> int:
    from portal.domain.units import all_codes, city_code
    if not args.password:
        raise CliError("请用 --password 或环境变量 PORTAL_PASSWORD 提供初始密码")
    names = [c.strip() for c in args.cities.split(",") if c.strip()]
    cities = list(all_codes()) if names == ["all"] else [city_code(c) for c in names]
    if None in cities or not cities:
        raise CliError(f"未知市州：{args.cities}")
    uid = accounts.create_staff(database(args), operator(), username=args.username, role=args.role,
                                display_name=args.name, cities=cities, password=args.password)
    print(f"account {uid} created: {args.username} ({args.role}, {','.join(cities)})")
    return 0


def list_(args) -> int:
    for u in staff.list_staff(database(args), operator()):
        lock = f" locked until {u['locked_until']:%Y-%m-%d %H:%M}" if u["locked_until"] else ""
        print(f"{u['id']}\t{u['username']}\t{u['role']}\t{','.join(u['cities'])}\t{u['display_name']}{lock}")
    return 0
