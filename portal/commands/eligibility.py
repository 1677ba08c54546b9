"""`portal eligibility IN.csv -o OUT.csv`: judge a whole list at once.
Malformed rows come out as eligible=false with the bad column named; no row is dropped or moved."""
from __future__ import annotations

from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("eligibility", help="批量判断报考条件")
    p.add_argument("input", help="输入 CSV（UTF-8，带表头）")
    p.add_argument("-o", "--output", required=True, help="输出 CSV")
    p.set_defaults(func=run)


def run(args) -> int:
    from portal.services.cases import eligibility
    total, eligible = eligibility.judge_file(Path(args.input), Path(args.output))
    print(f"judged {total} rows: eligible {eligible}, not eligible {total - eligible}")
    return 0
