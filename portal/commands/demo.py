"""`portal demo [--if-empty] [--formats mixed|pdf]`: load the demo data (two cities, staff, a dozen candidates)."""
from __future__ import annotations

from portal.commands import CliError


def register(sub) -> None:
    p = sub.add_parser("demo", help="载入演示数据 (load the demo data)")
    p.add_argument("--if-empty", action="store_true", help="只在数据库中没有案件时载入 (only when no case exists)")
    p.add_argument("--formats", choices=("mixed", "pdf"), default="mixed",
                   help="mixed: 纸质材料为扫描图片、网上报告为 PDF（默认）；pdf: 全部为带文字层的 PDF（测试用，更快）")
    p.set_defaults(func=run)


def run(args) -> int:
    from portal.demo.load import is_empty, load_demo
    from portal.services import system

    db = system.open_home(args.home)
    if not is_empty(db):
        if args.if_empty:
            print("demo: database already has cases, nothing loaded")
            return 0
        raise CliError("数据库中已有案件，演示数据只能载入空数据库 (the database already has cases)")
    print("正在载入演示数据（生成并识别材料扫描件，约需一两分钟）……")
    logins = load_demo(db, formats=args.formats)
    print("演示账号 (demo logins):")
    for s in logins["staff"]:
        print(f"  {s['display_name']}: {s['username']} / {s['password']}")
    for p in logins["candidates"]:
        how = ("首次登录：身份证号 + 手机号 " + p["phone"]) if p["story"] == "first_login" else \
            f"{p['id_number']} / {logins['candidate_password']}"
        print(f"  考生 {p['name']}（{p['story']}）: {how}")
    return 0
