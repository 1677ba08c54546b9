"""`portal round add|list`: check rounds and their submission windows (to the minute)."""
from __future__ import annotations

from portal.commands._system import database, operator


def register(sub) -> None:
    p = sub.add_parser("round", help="核查批次与提交时间窗口 (check rounds)")
    acts = p.add_subparsers(dest="round_command", metavar="ACTION", required=True)
    a = acts.add_parser("add", help="新建核查批次")
    a.add_argument("--year", type=int, required=True, help="考试年度")
    a.add_argument("--name", required=True)
    a.add_argument("--opens", required=True, help="开始时间 'YYYY-MM-DD HH:MM'（北京时间）")
    a.add_argument("--closes", required=True, help="截止时间 'YYYY-MM-DD HH:MM'（北京时间）")
    a.add_argument("--exam", default=None, help="考试代码（默认本年度全部考试）")
    a.add_argument("--return-days", type=int, default=5, help="退回补充的期限（工作日）")
    a.add_argument("--return-close", default="17:00", help="退回补充截止日的截止时刻 HH:MM（默认 17:00）")
    a.add_argument("--exam-date", default=None, help="考试日期 YYYY-MM-DD（发证时默认的取得资格时间）")
    a.set_defaults(func=add)
    acts.add_parser("list", help="列出核查批次").set_defaults(func=list_)


def add(args) -> int:
    from portal.services.cases import rounds
    rid = rounds.create_round(database(args), operator(), exam_year=args.year, name=args.name,
                              opens_at=args.opens, closes_at=args.closes,
                              return_days=args.return_days, exam=args.exam, exam_date=args.exam_date,
                              return_close=args.return_close)
    print(f"round {rid} created: {args.year} {args.opens} – {args.closes}")
    return 0


def list_(args) -> int:
    from portal.services.cases import rounds
    for r in rounds.list_rounds(database(args), operator()):
        print(f"{r['id']}\t{r['exam_year']}\t{r['exam'] or '全部考试'}\t{r['opens_at']:%Y-%m-%d %H:%M}"
              f"\t{r['closes_at']:%Y-%m-%d %H:%M}\t{r['return_days']}天\t{r['name']}")
    return 0
