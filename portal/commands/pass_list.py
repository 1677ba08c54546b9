"""`portal pass-list …`: build, review, publish, object, finalise and export pass lists (公示);
`portal pass-list holidays` enters a year's holiday arrangement the calendar package lacks."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from portal.commands import CliError
from portal.commands._system import database, operator
from portal.domain.errors import ServiceError


def register(sub) -> None:
    p = sub.add_parser("pass-list", help="公示名单 pass lists")
    acts = p.add_subparsers(dest="pass_list_action", metavar="ACTION", required=True)
    b = acts.add_parser("build", help="生成名单 build a list from passed cases")
    b.add_argument("--exam", required=True)
    b.add_argument("--year", type=int, required=True)
    b.add_argument("--level")
    b.add_argument("--city")
    b.add_argument("--title")
    for name, helptext in (("review", "复核 review"), ("show", "查看 show")):
        acts.add_parser(name, help=helptext).add_argument("list_id", type=int)
    pb = acts.add_parser("publish", help="发布公示 publish")
    pb.add_argument("list_id", type=int)
    pb.add_argument("--start", type=dt.date.fromisoformat)
    pb.add_argument("--days", type=int, default=5)
    pb.add_argument("--not-counting-start", action="store_true", help="公示期从发布次日起算")
    pb.add_argument("--publisher", required=True, help="发布单位")
    pb.add_argument("--objection-unit", required=True, help="异议受理单位（科室）")
    pb.add_argument("--objection-phone", required=True, help="异议受理电话")
    o = acts.add_parser("object", help="登记异议 record an objection")
    o.add_argument("list_id", type=int)
    o.add_argument("case_id", type=int)
    o.add_argument("--by", required=True)
    o.add_argument("--reason", required=True)
    f = acts.add_parser("finalise", help="公示期满确认 finalise")
    f.add_argument("list_id", type=int)
    e = acts.add_parser("export", help="导出 export (xlsx/pdf)")
    e.add_argument("list_id", type=int)
    e.add_argument("-o", "--output", required=True)
    e.add_argument("--internal", action="store_true", help="内部版：完整身份证号和手机号")
    h = acts.add_parser("holidays", help="录入节假日 enter a year's holidays from a CSV (date,is_workday,name)")
    h.add_argument("year", type=int)
    h.add_argument("csv")
    h.add_argument("--source", required=True)
    acts.add_parser("calendar", help="节假日数据覆盖范围 which years working days can be counted for")
    p.set_defaults(func=run)


def run(args) -> int:
    from portal.services.publication import calendar as publication_calendar
    from portal.services.publication import lists as publication_lists
    from portal.services.publication.exports import export_pass_list
    from portal.services.publication.objections import record_objection
    db, me, act = database(args), operator(), args.pass_list_action
    try:
        if act == "build":
            row = publication_lists.build_pass_list(db, me, exam=args.exam, exam_year=args.year, level=args.level,
                                      city=args.city, title=args.title)
        elif act == "review":
            row = publication_lists.review_pass_list(db, me, args.list_id)
        elif act == "show":
            row = publication_lists.get_pass_list(db, me, args.list_id)
        elif act == "publish":
            row = publication_lists.publish_pass_list(
                db, me, args.list_id, start=args.start, days=args.days, count_start=not args.not_counting_start,
                publisher=args.publisher, objection_unit=args.objection_unit, objection_phone=args.objection_phone)
        elif act == "object":
            row = record_objection(db, me, args.list_id, args.case_id, raised_by=args.by, reason=args.reason)["list"]
        elif act == "finalise":
            row = publication_lists.finalise_pass_list(db, me, args.list_id)
        elif act == "calendar":
            info = publication_calendar.calendar_coverage(db)
            print(f"chinesecalendar: {info['package_years'][0]}–{info['package_years'][1]}; "
                  f"entered: {', '.join(map(str, info['entered_years'])) or 'none'}")
            if info["warning"]:
                print(f"warning: {info['warning']}")
            return 0
        elif act == "export":
            fmt = Path(args.output).suffix.lstrip(".").lower()
            data = export_pass_list(db, me, args.list_id, fmt=fmt, public=not args.internal)
            Path(args.output).write_bytes(data)
            print(f"written {args.output} ({len(data)} bytes)")
            return 0
        else:
            return _holidays(db, me, args)
    except ServiceError as exc:
        raise CliError(exc.message, 1) from exc
    print(f"list {row['id']} [{publication_lists.status_name(row['status'])}] {row['title']}: {row['listed']} listed"
          + (f", notice {row['notice_start']} to {row['notice_end']}" if row.get("notice_end") else ""))
    return 0


def _holidays(db, me, args) -> int:
    import csv

    from portal.services.publication import calendar as publication_calendar
    days = []
    with open(args.csv, encoding="utf-8-sig", newline="") as fh:
        for n, rec in enumerate(csv.reader(fh), start=1):
            if not rec or rec[0].strip().lower() in ("date", "日期"):
                continue
            try:
                days.append((dt.date.fromisoformat(rec[0].strip()), rec[1].strip().lower() in ("1", "true", "上班"),
                             rec[2].strip() if len(rec) > 2 else ""))
            except (ValueError, IndexError):
                raise CliError(f"{args.csv} 第{n}行格式错误：应为 日期,是否上班(true/false),名称", 1) from None
    count = publication_calendar.enter_holidays(db, me, args.year, days, source=args.source)
    print(f"entered {count} days for {args.year}", file=sys.stdout)
    return 0
