"""`portal eligibility IN.csv -o OUT.csv`: judge a whole list at once (DESIGN 4.2).
Malformed rows come out as eligible=false with the bad column named; no row is dropped or moved."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import polars as pl


def register(sub) -> None:
    p = sub.add_parser("eligibility", help="批量判断报考条件（DESIGN 4.2）")
    p.add_argument("input", help="输入 CSV（UTF-8，带表头）")
    p.add_argument("-o", "--output", required=True, help="输出 CSV")
    p.set_defaults(func=run)


def read_rows(path: Path) -> pl.DataFrame:
    """All cells as text; short rows get empty cells. Files polars refuses (e.g. duplicate header
    names) are read with the csv module instead."""
    from portal.cli import CliError

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CliError(f"无法读取输入文件 {path}：{exc.strerror}") from exc
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CliError(f"输入文件不是 UTF-8 编码：{path}") from exc
    if not raw.strip():
        raise CliError(f"输入文件为空：{path}")
    try:
        # Short rows get empty cells, cells beyond the header are ignored (DESIGN 4.2: extra columns).
        return pl.read_csv(raw, infer_schema=False, truncate_ragged_lines=True)
    except Exception:  # noqa: BLE001 - e.g. duplicate header names: fall back to the csv module
        reader = csv.reader(io.StringIO(raw.decode("utf-8-sig")))
        header = next(reader)
        records = [dict(zip(header, row + [""] * (len(header) - len(row)))) for row in reader if row]
        return pl.DataFrame(records, schema={h: pl.Utf8 for h in dict.fromkeys(header)})


def run(args) -> int:
    from portal.cli import CliError
    from rules import evaluate_frame

    frame = read_rows(Path(args.input))
    verdicts = evaluate_frame(frame)
    out = Path(args.output)
    tmp = out.with_name(out.name + ".tmp")
    try:
        verdicts.write_csv(tmp)
        tmp.replace(out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise CliError(f"无法写入输出文件 {out}：{exc.strerror}") from exc
    eligible = int(verdicts["eligible"].sum())
    print(f"judged {verdicts.height} rows: eligible {eligible}, not eligible {verdicts.height - eligible}")
    return 0
