"""Judging a whole list against the exam conditions at once (`portal eligibility IN.csv -o OUT.csv`):
malformed rows come out as eligible=false with the bad column named; no row is dropped or moved."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import polars as pl

from portal.domain.errors import InvalidInput
from portal.domain.spreadsheet import FORMULA_START


def read_rows(path: Path) -> pl.DataFrame:
    """All cells as text; short rows get empty cells. Files polars refuses (e.g. duplicate header
    names) are read with the csv module instead."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"无法读取输入文件 {path}：{exc.strerror}") from exc
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"输入文件不是 UTF-8 编码：{path}") from exc
    if not raw.strip():
        raise InvalidInput(f"输入文件为空：{path}")
    try:
        # Short rows get empty cells, cells beyond the header are ignored (extra columns are not part of the input contract).
        return pl.read_csv(raw, infer_schema=False, truncate_ragged_lines=True)
    except Exception:  # noqa: BLE001 - e.g. duplicate header names: fall back to the csv module
        reader = csv.reader(io.StringIO(raw.decode("utf-8-sig")))
        header = next(reader)
        records = [dict(zip(header, row + [""] * (len(header) - len(row)))) for row in reader if row]
        return pl.DataFrame(records, schema={h: pl.Utf8 for h in dict.fromkeys(header)})


def _text_as_text(frame):
    """Text cells starting like a formula get a leading apostrophe (see portal.domain.spreadsheet)."""
    import polars as pl

    starts = "^[" + "".join("\\" + c if c in "-+" else c for c in FORMULA_START) + "]"
    return frame.with_columns([pl.when(pl.col(c).str.contains(starts)).then(pl.lit("'") + pl.col(c))
                               .otherwise(pl.col(c)).alias(c)
                               for c, t in frame.schema.items() if t == pl.String])


def judge_file(source: Path, target: Path) -> tuple[int, int]:
    """Write one verdict row per input row to `target` (atomically); returns (rows, eligible)."""
    from rules import evaluate_frame

    verdicts = evaluate_frame(read_rows(Path(source)))
    target = Path(target)
    tmp = target.with_name(target.name + ".tmp")
    try:
        _text_as_text(verdicts).write_csv(tmp)
        tmp.replace(target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InvalidInput(f"无法写入输出文件 {target}：{exc.strerror}") from exc
    return verdicts.height, int(verdicts["eligible"].sum())
