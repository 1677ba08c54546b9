"""The batch path: a whole list judged at once on polars, row for row identical to the scalar
path (`rules.judge.evaluate`). Output columns and order as DESIGN 4.2."""
from __future__ import annotations

import polars as pl

from rules.batch_inputs import read
from rules.batch_rules import with_alternatives
from rules.batch_table import tables
from rules.batch_text import evidence, reasons

OUTPUT = ["candidate_id", "eligible", "education_effective", "required_years", "counted_years",
          "evidence", "reasons"]


def evaluate_frame(frame: pl.DataFrame) -> pl.DataFrame:
    """DESIGN 4.2 input columns (text or typed; absent optional columns are empty) → one verdict
    row per input row, in the same order. Malformed rows: eligible=false, bad columns named."""
    t = tables()
    df, malformed = read(frame)
    df = with_alternatives(df, t)
    skip = pl.col("bad") | pl.col("addon")
    return df.select(
        pl.col("cid").alias("candidate_id"),
        pl.col("eligible"),
        pl.col("edu_eff").alias("education_effective"),
        pl.when(skip).then(None).otherwise(pl.col("req_y")).alias("required_years"),
        pl.when(skip).then(None).otherwise(pl.col("cnt")).alias("counted_years"),
        evidence(df).alias("evidence"),
        reasons(df, t, malformed).alias("reasons"),
    )
