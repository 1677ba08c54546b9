"""Batch path: the required document kinds as one ';'-joined string (rules.evidence, vectorised)."""
from __future__ import annotations

import polars as pl

from rules import params


def _tech_proof() -> pl.Expr:
    year = pl.col("graduation_date_d").dt.year()
    bands = params.tech_school_bands()
    expr = pl.lit(bands[-1]["kind"])
    for band in reversed(bands[:-1]):
        cond = pl.lit(True)
        if band["from_year"] is not None:
            cond = cond & (year >= band["from_year"])
        if band["to_year"] is not None:
            cond = cond & (year <= band["to_year"])
        expr = pl.when(cond).then(pl.lit(band["kind"])).otherwise(expr)
    return expr


def _education_proof() -> pl.Expr:
    grad, origin = pl.col("graduation_date_d"), pl.col("origin_c")
    declared = pl.col("education")
    higher = [c for c, spec in params.ladder().items() if spec["higher_education"]]
    recent = grad >= pl.lit(params.chsi_boundary())
    registered = pl.col("chsi_registered_b")
    return (
        pl.when(pl.col("tech_class").is_not_null()).then(_tech_proof())
        .when(origin == "foreign").then(pl.lit("cscse_report"))
        .when(origin == "party_school").then(pl.lit("party_school"))
        .when((declared == "secondary") & (origin == "hunan"))
        .then(pl.when(grad >= pl.lit(params.hunan_secondary_boundary()))
              .then(pl.lit("hn_secondary_query")).otherwise(pl.lit("hn_secondary_report")))
        .when(declared == "secondary").then(pl.lit("graduate_register;diploma"))
        .when(~declared.is_in(higher)).then(pl.lit("diploma"))
        .when(recent & registered).then(pl.lit("chsi_record"))
        .when(~recent & ~registered).then(pl.lit("graduate_register;diploma"))
        .otherwise(pl.lit("chsi_report"))
    )


def evidence_expr() -> pl.Expr:
    route = pl.col("route_c")
    base = pl.concat_str([pl.lit("application_form;work_proof;"), _education_proof(),
                          pl.when(route == "exempt").then(pl.lit(";exemption_proof")).otherwise(pl.lit(""))])
    return pl.when(route == "addon").then(pl.lit("qualification_cert")).otherwise(base)
