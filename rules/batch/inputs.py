"""Step 1 of the batch path: every input cell through the scalar path's own parsing and checks, run
once per distinct value (or combination) and spread back to the rows as integer columns."""
from __future__ import annotations

import numpy as np
import polars as pl

from rules.batch.codes import apply, encode, gather
from rules.batch.groups import GROUPS
from rules.validate import BLANKS, COLUMNS, MISSING


def read(frame: pl.DataFrame) -> tuple[pl.DataFrame, pl.Series]:
    """→ (typed per-row columns incl. `malformed`, the malformed-cell reasons of each row in column order)."""
    n = frame.height
    raw = {c: frame[c] if c in frame.columns else None for c in COLUMNS}
    columns, why_lists, group_bad = {}, {}, []
    for inputs, fn, outputs in GROUPS:
        results_index, combos = apply([encode(raw[c], n) for c in inputs], fn)
        for i, (name, dtype) in enumerate(outputs.items()):
            columns[name] = gather([v[i] for v, _ in combos], results_index, dtype)
        for col in inputs:
            why_lists[col] = ([w.get(col) for _, w in combos], results_index)
        if any(w for _, w in combos):
            group_bad.append(gather([bool(w) for _, w in combos], results_index, pl.Boolean))
    cid = raw["candidate_id"].cast(pl.Utf8).str.strip_chars(BLANKS) if raw["candidate_id"] is not None \
        else pl.Series([None] * n, dtype=pl.Utf8)
    columns["candidate_id"] = pl.select(pl.when(cid == "").then(None).otherwise(cid)).to_series()
    df = pl.DataFrame(columns)
    no_grad = df["grad_date"].is_null() & (df["route_index"].fill_null(-1) != 2)
    bad = df["candidate_id"].is_null() | no_grad
    for flags in group_bad:
        bad = bad | flags
    df = df.with_columns(bad.alias("malformed"))
    return df, _malformed(df, why_lists, no_grad)


def _malformed(df: pl.DataFrame, why_lists: dict, no_grad: pl.Series) -> pl.Series:
    """Reasons for the bad rows only (few), scattered into an all-empty column."""
    rows = np.flatnonzero(df["malformed"].to_numpy())
    sub = pl.DataFrame({"candidate_id": df["candidate_id"].gather(rows), "no_grad": no_grad.gather(rows),
                        **{c: gather(v, i[rows], pl.Utf8) for c, (v, i) in why_lists.items()}})
    parts = [pl.when(pl.col("candidate_id").is_null()).then(pl.lit(MISSING.format(col="candidate_id")))]
    for col in COLUMNS[1:]:
        part = pl.col(col)
        if col == "graduation_date":
            part = pl.coalesce(part, pl.when(pl.col("no_grad")).then(pl.lit(MISSING.format(col=col))))
        parts.append(part)
    text = sub.select(pl.concat_str(parts, separator=";", ignore_nulls=True)).to_series()
    return pl.Series([""] * df.height, dtype=pl.Utf8).scatter(rows, text)
