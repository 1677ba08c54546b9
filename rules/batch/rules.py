"""Step 2 of the batch path: the rules as integer expressions over all rows at once (same logic as
rules.alternatives / rules.workyears; dates are yyyymmdd integers). Bits of an `unmet` mask: NA (no
such requirement), GRAD (graduated too late), PRE (prerequisite not held), MISS / SHORT (start date
missing / too few years), MISS_TOTAL / SHORT_TOTAL (the same for total years)."""
from __future__ import annotations

import polars as pl

from rules.batch.table import Tables

NA, GRAD, PRE, MISS, SHORT, MISS_TOTAL, SHORT_TOTAL = 1, 2, 4, 8, 16, 32, 64
GATE = NA | GRAD | PRE
col = pl.col


def _years(start: pl.Expr) -> pl.Expr:
    """rules.workyears.counted_years on yyyymmdd integers (end = cut-off + 1 day)."""
    n = col("cutoff_end_year") - start // 10000 - (col("cutoff_end_mmdd") < start % 10000).cast(pl.Int64)
    return pl.when(start.is_null()).then(None).otherwise(pl.max_horizontal(n, pl.lit(0, pl.Int64)))


def _start(base: pl.Expr, *more: pl.Expr) -> pl.Expr:
    """The counting start: null without a base date, else the latest of the base date, `more`, and
    the graduation date when full-time study does not count."""
    grad = pl.when(col("full_time") & ~col("study_counts")).then(col("grad_date"))
    return pl.when(base.is_null()).then(None).otherwise(pl.max_horizontal(base, *more, grad))


def counts() -> list[pl.Expr]:
    total = pl.coalesce(col("total_work_start"), col("work_start"))
    return [_years(_start(col("work_start"))).alias("counted_work"),
            _years(_start(col("holds_since"), col("work_start"))).alias("counted_holds"),
            _years(_start(total)).alias("counted_total")]


def alternative(k: int) -> list[pl.Expr]:
    years, total, requires = col(f"years{k}"), col(f"total_years{k}"), col(f"requires_bit{k}")
    na = years.is_null()
    holds = col(f"from_holds{k}")
    counted = pl.when(holds).then(col("counted_holds")).otherwise(col("counted_work"))
    base_null = pl.when(holds).then(col("holds_since").is_null()).otherwise(col("work_start").is_null())
    miss = base_null & (years > 0)
    need_total = col("has_total") & total.is_not_null() & (total > 0)
    total_null = pl.coalesce(col("total_work_start"), col("work_start")).is_null()
    flags = {
        GRAD: col(f"graduated_by{k}").is_not_null() & (col("grad_date") > col(f"graduated_by{k}")),
        PRE: (requires > 0) & ((col("holds_satisfied") & requires) == 0),   # requires = the prerequisite's bit
        MISS: miss,
        SHORT: ~base_null & (counted < years),
        MISS_TOTAL: need_total & total_null & ~miss,
        SHORT_TOTAL: need_total & ~total_null & (col("counted_total") < total),
    }
    mask = pl.lit(0, pl.Int64)
    for bit, flag in flags.items():
        mask = mask + (flag.fill_null(False) & ~na).cast(pl.Int64) * bit
    mask = pl.when(na).then(NA).otherwise(mask)
    present = col(f"present{k}").fill_null(False)
    return [mask.alias(f"unmet{k}"), pl.when(present).then(counted).alias(f"counted{k}"),
            (present & (mask == 0)).alias(f"passes{k}"), (present & ((mask & GATE) == 0)).alias(f"gate_holds{k}")]


def choose(width: int) -> list[pl.Expr]:
    """First alternative that passes, else first whose gate holds, else the main row."""
    chosen = pl.lit(0, pl.Int64)
    for flag in ("gate_holds", "passes"):
        for k in reversed(range(width)):
            chosen = pl.when(col(f"{flag}{k}")).then(k).otherwise(chosen)
    return [chosen.alias("chosen")]


def chosen_values(width: int) -> list[pl.Expr]:
    out = []
    for name, alias in (("unmet", "unmet"), ("shown_years", "required_years"), ("counted", "counted_years")):
        expr = col(f"{name}0")
        for k in range(1, width):
            expr = pl.when(col("chosen") == k).then(col(f"{name}{k}")).otherwise(expr)
        out.append(expr.alias(alias))
    return out


def verdict() -> list[pl.Expr]:
    addon = col("route_index") == 2
    route_refused = (pl.when((col("route_index") == 1) & ~col("exempt_allowed")).then(1)
                     .when(addon & ~col("addon_allowed")).then(2).otherwise(0))
    eligible = ~col("malformed") & (route_refused == 0) & (addon | (col("unmet") == 0))
    return [route_refused.alias("route_refused"), addon.fill_null(False).alias("addon"),
            eligible.fill_null(False).alias("eligible")]


def with_alternatives(df: pl.DataFrame, t: Tables) -> pl.DataFrame:
    cell_index = df.select(col("level_rule") * 21 + col("education_index") * 3 + col("tier_index")).to_series()
    dtypes = {"years": pl.Int64, "shown_years": pl.Int64, "total_years": pl.Int64, "requires_bit": pl.Int64, "from_holds": pl.Boolean,
              "graduated_by": pl.Int64, "present": pl.Boolean}
    gathered = [pl.Series(name, values, dtype=dtypes[name.rstrip("0123456789")]).gather(cell_index)
                for name, values in t.alt.items()]
    df = df.with_columns(cell_index.alias("cell_index"), *gathered).with_columns(counts())
    df = df.with_columns([e for k in range(t.width) for e in alternative(k)])
    return df.with_columns(choose(t.width)).with_columns(chosen_values(t.width)).with_columns(verdict())
