"""Step 3 of the batch path: the text columns. Reasons are built by the scalar path's own message
functions, once per distinct (rule, alternative, unmet conditions, numbers); evidence by code."""
from __future__ import annotations

import polars as pl

from rules import messages as msg
from rules import params
from rules.batch.rules import GRAD, MISS, MISS_TOTAL, NA, PRE, SHORT, SHORT_TOTAL
from rules.batch.table import EDUCATIONS, Tables

col = pl.col


def _message(t: Tables, outcome: int, numbers: int) -> str:
    """The reason text of one distinct (outcome, numbers) key, as packed by `reasons`."""
    level_rule, cell, chosen, mask = outcome >> 20, (outcome >> 14) & 63, (outcome >> 12) & 3, (outcome >> 4) & 255
    route_refused, addon = (outcome >> 2) & 3, outcome & 1
    year, counted, total = numbers >> 28, (numbers >> 14) & 16383, numbers & 16383
    rule = t.levels[level_rule]
    parts = [msg.route_unavailable(rule, "exempt" if route_refused == 1 else "addon")] if route_refused else []
    if addon:
        return ";".join(parts)
    _, edu, tier, alts = t.cells[level_rule * 21 + cell]
    alt = alts[chosen]
    cell_rule = alt.cells[tier]
    column = "holds_since" if alt.count_from == "holds_since" else "work_start"
    texts = {NA: lambda: msg.not_accepted(rule, edu, tier), GRAD: lambda: msg.graduated_late(rule, alt),
             PRE: lambda: msg.prerequisite(rule, alt), MISS: lambda: msg.missing_start(rule, column),
             SHORT: lambda: msg.short(rule, cell_rule.years, year, counted),
             MISS_TOTAL: lambda: msg.missing_start(rule, "work_start"),
             SHORT_TOTAL: lambda: msg.short(rule, cell_rule.total_years, year, total, total=True)}
    parts += [make() for bit, make in texts.items() if mask & bit]
    return ";".join(parts)


def reasons(df: pl.DataFrame, t: Tables, malformed: pl.Series) -> pl.Series:
    """Malformed rows: their cell reasons (already in `malformed`, '' elsewhere); others: route and
    rule reasons ('' when eligible)."""
    need = ~col("malformed") & ~col("eligible")
    cell = pl.when(col("addon")).then(31).otherwise(col("education_index") * 3 + col("tier_index"))
    short = (col("unmet") & (SHORT | SHORT_TOTAL)) > 0
    outcome = (col("level_rule") * 2 ** 20 + cell * 2 ** 14 + col("chosen") * 2 ** 12 + pl.when(col("addon")).then(0)
               .otherwise(col("unmet")) * 16 + col("route_refused") * 4 + col("addon").cast(pl.Int64))
    numbers = pl.when(short & ~col("addon")).then(
        col("exam_year") * 2 ** 28 + col("counted_years").fill_null(0).clip(0, 16383) * 2 ** 14
        + col("counted_total").fill_null(0).clip(0, 16383)).otherwise(0)
    rows = df.select(need.fill_null(False)).to_series().arg_true()
    keys = df[rows].select(outcome.alias("outcome"), numbers.alias("numbers"))
    uniq = keys.unique()
    texts = uniq.with_columns(pl.Series("text", [_message(t, a, b) for a, b in uniq.iter_rows()],
                                        dtype=pl.Utf8))
    joined = keys.join(texts, on=["outcome", "numbers"], how="left", maintain_order="left")["text"]
    return malformed.scatter(rows, joined) if len(rows) else malformed


def _proofs() -> list[tuple[str, ...]]:
    kinds = [b["kind"] for b in params.tech_school_bands()]
    fixed = [("cscse_report",), ("party_school",), ("hn_secondary_query",), ("hn_secondary_report",),
             ("graduate_register", "diploma"), ("diploma",), ("chsi_record",), ("chsi_report",)]
    return list(dict.fromkeys([(k,) for k in kinds] + fixed))


def _tech_index(proofs) -> pl.Expr:
    year, bands = col("grad_date") // 10000, params.tech_school_bands()
    expr = pl.lit(proofs.index((bands[-1]["kind"],)))
    for band in reversed(bands[:-1]):
        cond = pl.lit(True)
        if band["from_year"] is not None:
            cond = cond & (year >= band["from_year"])
        if band["to_year"] is not None:
            cond = cond & (year <= band["to_year"])
        expr = pl.when(cond).then(proofs.index((band["kind"],))).otherwise(expr)
    return expr


def evidence(df: pl.DataFrame) -> pl.Series:
    """rules.evidence.required_evidence for every row, via a small code per row."""
    proofs = _proofs()
    i = proofs.index
    origin, decl, grad = col("origin_index"), col("declared_education_index"), col("grad_date")
    secondary = EDUCATIONS.index("secondary")
    higher = [EDUCATIONS.index(c) for c, s in params.ladder().items() if s["higher_education"]]
    chsi = params.chsi_boundary()
    recent = grad >= chsi.year * 10000 + chsi.month * 100 + chsi.day
    hn = params.hunan_secondary_boundary()
    proof = (pl.when(col("has_tech_class")).then(_tech_index(proofs))
             .when(origin == params.ORIGINS.index("foreign")).then(i(("cscse_report",)))
             .when(origin == params.ORIGINS.index("party_school")).then(i(("party_school",)))
             .when((decl == secondary) & (origin == params.ORIGINS.index("hunan")))
             .then(pl.when(grad >= hn.year * 10000 + hn.month * 100 + hn.day).then(i(("hn_secondary_query",)))
                   .otherwise(i(("hn_secondary_report",))))
             .when(decl == secondary).then(i(("graduate_register", "diploma")))
             .when(~decl.is_in(higher)).then(i(("diploma",)))
             .when(recent & col("chsi_registered")).then(i(("chsi_record",)))
             .when(~recent & ~col("chsi_registered")).then(i(("graduate_register", "diploma")))
             .otherwise(i(("chsi_report",))))
    texts = [";".join(("application_form", "work_proof", *p) + (("exemption_proof",) if ex else ()))
             for p in proofs for ex in (0, 1)] + ["qualification_cert", ""]
    code = (pl.when(col("malformed")).then(len(texts) - 1).when(col("addon")).then(len(texts) - 2)
            .otherwise(proof * 2 + (col("route_index") == 1).cast(pl.Int64)))
    return pl.Series(texts, dtype=pl.Utf8).gather(df.select(code).to_series())
