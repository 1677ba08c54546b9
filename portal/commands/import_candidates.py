"""`portal import-candidates FILE`: the authority's list (CSV or XLSX), per-row result."""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from portal.commands import CliError
from portal.commands._system import database, operator
from portal.domain.errors import ServiceError


def register(sub) -> None:
    p = sub.add_parser("import-candidates", help="导入考后核查人员名单 (import the candidate list)")
    p.add_argument("file", help="CSV (UTF-8 或 GBK) 或 XLSX 文件")
    p.set_defaults(func=run)


def _write_rejected(home: Path, source: Path, rejected) -> Path:
    from portal.services.views import admin as admin_view
    out_dir = home / "imports"
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    out = out_dir / f"{source.stem}-rejected-{stamp}.csv"
    with out.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerows(admin_view.rejected_csv_rows(rejected))
    return out


def run(args) -> int:
    from portal.services.people.list_import import import_candidates
    db = database(args)
    source = Path(args.file)
    try:
        report = import_candidates(db, operator(), source)
    except ServiceError as exc:
        raise CliError(f"导入失败：{exc.message}") from exc
    if report.note:
        print(f"note: {report.note}")
    results = [(n, f"accepted ({status}) case {case_id}") for n, status, case_id in report.accepted]
    results += [(n, f"rejected: {reason}") for n, _, reason in report.rejected]
    for number, text in sorted(results):
        print(f"row {number}: {text}")
    if report.rejected:
        path = _write_rejected(db.home, source, report.rejected)
        print(f"rejected rows written to {path}")
    counts = {s: sum(1 for _, st, _ in report.accepted if st == s) for s in ("new", "updated", "unchanged")}
    print(f"new {counts['new']}, updated {counts['updated']}, unchanged {counts['unchanged']}")
    print(f"accepted {len(report.accepted)}, rejected {len(report.rejected)}")
    return 0
