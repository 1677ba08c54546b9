"""Batch path, step 2: the rules as integer expressions over all rows at once (same logic as
rules.alternatives / rules.workyears; dates are yyyymmdd integers)."""
from __future__ import annotations

import polars as pl

from rules.batch_table import Tables

NA, GRAD, PRE, MISS, SHORT, MISS_TOTAL, SHORT_TOTAL = 1, 2, 4, 8, 16, 32, 64
GATE = NA | GRAD | PRE
col = pl.col


def _years(start: pl.Expr) -> pl.Expr:
    """rules.workyears.counted_years on yyyymmdd integers (end = cut-off + 1 day)."""
    n = col("end_y") - start // 10000 - (col("end_md") < start % 10000).cast(pl.Int64)
    return pl.when(start.is_null()).then(None).otherwise(pl.max_horizontal(n, pl.lit(0, pl.Int64)))


def counts() -> list[pl.Expr]:
    grad = pl.when(col("ft") & ~col("study_counts")).then(col("G"))
    total = pl.coalesce(col("T"), col("W"))
    start = lambda base, *more: pl.when(base.is_null()).then(None).otherwise(  # noqa: E731
        pl.max_horizontal(base, *more, grad))
    return [_years(start(col("W"))).alias("c_work"), _years(start(col("H"), col("W"))).alias("c_holds"),
            _years(start(total)).alias("c_total")]


def alternative(k: int) -> list[pl.Expr]:
    y, t, req = col(f"y{k}"), col(f"t{k}"), col(f"req{k}")
    na = y.is_null()
    holds = col(f"fromholds{k}")
    counted = pl.when(holds).then(col("c_holds")).otherwise(col("c_work"))
    base_null = pl.when(holds).then(col("H").is_null()).otherwise(col("W").is_null())
    miss = base_null & (y > 0)
    need_total = col("has_total") & t.is_not_null() & (t > 0)
    total_null = pl.coalesce(col("T"), col("W")).is_null()
    flags = {
        GRAD: col(f"gb{k}").is_not_null() & (col("G") > col(f"gb{k}")),
        PRE: (req > 0) & ((col("sat") & req) == 0),          # req = the prerequisite's bit
        MISS: miss,
        SHORT: ~base_null & (counted < y),
        MISS_TOTAL: need_total & total_null & ~miss,
        SHORT_TOTAL: need_total & ~total_null & (col("c_total") < t),
    }
    mask = pl.lit(0, pl.Int64)
    for bit, flag in flags.items():
        mask = mask + (flag.fill_null(False) & ~na).cast(pl.Int64) * bit
    mask = pl.when(na).then(NA).otherwise(mask)
    present = col(f"present{k}").fill_null(False)
    return [mask.alias(f"mask{k}"), pl.when(present).then(counted).alias(f"cnt{k}"),
            pl.when(present).then(col(f"ny{k}")).alias(f"shown{k}"),
            (present & (mask == 0)).alias(f"pass{k}"), (present & ((mask & GATE) == 0)).alias(f"gate{k}")]


def choose(width: int) -> list[pl.Expr]:
    """First alternative that passes, else first whose gate holds, else the main row."""
    pick = pl.lit(0, pl.Int64)
    for flag in ("gate", "pass"):
        for k in reversed(range(width)):
            pick = pl.when(col(f"{flag}{k}")).then(k).otherwise(pick)
    return [pick.alias("pick")]


def picked(width: int) -> list[pl.Expr]:
    out = []
    for name, alias in (("mask", "mask"), ("shown", "req_y"), ("cnt", "cnt")):
        expr = col(f"{name}0")
        for k in range(1, width):
            expr = pl.when(col("pick") == k).then(col(f"{name}{k}")).otherwise(expr)
        out.append(expr.alias(alias))
    return out


def verdict() -> list[pl.Expr]:
    addon = col("route_idx") == 2
    route_flag = (pl.when((col("route_idx") == 1) & ~col("exempt_ok")).then(1)
                  .when(addon & ~col("addon_ok")).then(2).otherwise(0))
    eligible = ~col("bad") & (route_flag == 0) & (addon | (col("mask") == 0))
    return [route_flag.alias("route_flag"), addon.fill_null(False).alias("addon"),
            eligible.fill_null(False).alias("eligible")]


def with_alternatives(df: pl.DataFrame, t: Tables) -> pl.DataFrame:
    tid = df.select(col("lvl") * 21 + col("edu_idx") * 3 + col("tier_idx")).to_series()
    dtypes = {"y": pl.Int64, "ny": pl.Int64, "t": pl.Int64, "req": pl.Int64, "fromholds": pl.Boolean, "gb": pl.Int64,
              "present": pl.Boolean}
    gathered = [pl.Series(name, values, dtype=dtypes[name.rstrip("0123456789")]).gather(tid)
                for name, values in t.alt.items()]
    df = df.with_columns(tid.alias("tid"), *gathered).with_columns(counts())
    df = df.with_columns([e for k in range(t.width) for e in alternative(k)])
    return df.with_columns(choose(t.width)).with_columns(picked(t.width)).with_columns(verdict())
