"""Batch path, step 1: clean the input columns and name every malformed cell, using the scalar
path's own checks on the (few) distinct values of the categorical columns."""
from __future__ import annotations

import re

import polars as pl

from rules import params
from rules.education import education_effective
from rules.loader import catalog
from rules.validate import (BAD_BOOL, BAD_CODE, BAD_DATE, BAD_YEAR, BLANKS, BOOL_COLUMNS, COLUMNS,
                            DATE_COLUMNS, DATE_RE, MISSING, YEAR_RE, check_education, check_exam,
                            check_holds, split_holds)
from rules.alternatives import holds_satisfy


def clean(df: pl.DataFrame) -> pl.DataFrame:
    """All DESIGN 4.2 columns as stripped strings, empty → null; absent columns are empty."""
    exprs = []
    for col in COLUMNS:
        raw = pl.col(col).cast(pl.Utf8) if col in df.columns else pl.lit(None, pl.Utf8)
        text = raw.str.strip_chars(BLANKS)
        exprs.append(pl.when(text == "").then(None).otherwise(text).alias(col))
    return df.select(exprs)


def _map_unique(df: pl.DataFrame, cols: list[str], fn, schema: dict) -> pl.DataFrame:
    """Apply a Python function to each distinct combination of `cols` and join the result back."""
    keys = df.select(cols).unique()
    out = [fn(*row) for row in keys.iter_rows()]
    mapped = pl.concat([keys, pl.DataFrame(out, schema=schema, orient="row")], how="horizontal")
    return df.join(mapped, on=cols, how="left", nulls_equal=True, maintain_order="left")


def _exam_fn(exam_raw, level_raw, year_raw):
    bad_year = year_raw is not None and not re.fullmatch(YEAR_RE, year_raw)
    year = None if year_raw is None or bad_year else int(year_raw)
    exam, level, reasons = check_exam(exam_raw, level_raw, year)
    version = None
    if exam and level and year is not None and (v := catalog()[exam].version_for(year)):
        version = v.from_year
    texts = {c: r.message_zh for c, r in reasons.items()}
    if bad_year:
        texts["exam_year"] = BAD_YEAR
    return (exam, level, year, version, texts.get("exam"), texts.get("level"), texts.get("exam_year"))


def _edu_fn(education, tech_class, route):
    reasons = check_education(education, tech_class, route)
    edu = None if {"education", "tech_class"} & set(reasons) else education_effective(education, tech_class)
    get = lambda c: reasons[c].message_zh if c in reasons else None  # noqa: E731
    return (edu, get("education"), get("tech_class"), get("route"))


def _holds_fn(text):
    codes = split_holds(text)
    bad = check_holds(codes)
    return (bad.message_zh if bad else None, *(holds_satisfy(codes, c) for c in params.holds_codes()))


def with_codes(df: pl.DataFrame) -> pl.DataFrame:
    df = _map_unique(df, ["exam", "level", "exam_year"], _exam_fn, {
        "exam_c": pl.Utf8, "level_c": pl.Utf8, "year": pl.Int64, "version": pl.Int64,
        "r_exam": pl.Utf8, "r_level": pl.Utf8, "r_exam_year": pl.Utf8})
    df = _map_unique(df, ["education", "tech_class", "route_c"], _edu_fn, {
        "edu_eff": pl.Utf8, "r_education": pl.Utf8, "r_tech_class": pl.Utf8, "r_route": pl.Utf8})
    return _map_unique(df, ["holds"], _holds_fn, {
        "r_holds": pl.Utf8, **{f"sat_{c}": pl.Boolean for c in params.holds_codes()}})


def with_formats(df: pl.DataFrame) -> pl.DataFrame:
    """Parsed dates/booleans/defaults and the remaining per-column reasons (vectorised)."""
    exprs = []
    for col in DATE_COLUMNS:
        ok = pl.col(col).str.contains(DATE_RE)
        parsed = pl.when(ok).then(pl.col(col).str.strptime(pl.Date, "%Y-%m-%d", strict=False))
        exprs += [parsed.alias(f"{col}_d"),
                  pl.when(pl.col(col).is_not_null() & parsed.is_null()).then(pl.lit(BAD_DATE.format(col=col)))
                  .alias(f"r_{col}")]
    for col in BOOL_COLUMNS:
        low = pl.col(col).str.to_lowercase()
        exprs += [pl.when(low == "false").then(False).otherwise(True).alias(f"{col}_b"),
                  pl.when(pl.col(col).is_not_null() & ~low.is_in(["true", "false"]))
                  .then(pl.lit(BAD_BOOL.format(col=col))).alias(f"r_{col}")]
    tier = pl.col("major_tier").fill_null("related")
    origin = pl.col("education_origin").fill_null("hunan")
    exprs += [tier.alias("major_tier_c"), origin.alias("origin_c"),
              pl.col("route").fill_null("full").alias("route_c"),
              pl.when(~tier.is_in(params.TIERS)).then(pl.lit(BAD_CODE.format(col="major_tier"))).alias("r_major_tier"),
              pl.when(~origin.is_in(params.ORIGINS)).then(pl.lit(BAD_CODE.format(col="education_origin")))
              .alias("r_education_origin"),
              pl.when(pl.col("candidate_id").is_null()).then(pl.lit(MISSING.format(col="candidate_id")))
              .alias("r_candidate_id")]
    df = df.with_columns(exprs)
    missing_grad = pl.col("graduation_date").is_null() & (pl.col("route_c") != "addon")
    return df.with_columns(pl.coalesce(pl.col("r_graduation_date"), pl.when(missing_grad)
                                       .then(pl.lit(MISSING.format(col="graduation_date")))).alias("r_graduation_date"))


def malformed(df: pl.DataFrame) -> pl.Expr:
    """All malformed-cell reasons of a row in column order, ';'-joined ('' when none)."""
    return pl.concat_str([pl.col(f"r_{c}") for c in COLUMNS], separator=";", ignore_nulls=True)
