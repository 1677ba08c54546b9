"""The batch path's lookup tables, built once from the loaded conditions: one row per
(exam, level, version, education, tier) with its alternatives side by side (alt 0 = main row)."""
from __future__ import annotations

from functools import lru_cache

import polars as pl

from rules import messages as msg
from rules import params
from rules.loader import catalog

KEY = ["exam_c", "level_c", "version", "edu_eff", "major_tier_c"]
LEVEL_KEY = ["exam_c", "level_c", "version"]


def _levels():
    for exam in catalog().values():
        for v in exam.versions:
            for level in v.levels.values():
                yield exam.exam, level


def _alt_columns(rule, alt, k: int, edu: str, tier: str) -> dict:
    cell = alt.cells[tier]
    prefix, _, _ = msg.short_parts(rule, cell.years or 0)
    total_prefix, _, _ = msg.short_parts(rule, cell.total_years or 0, total=True)
    column = "holds_since" if alt.count_from == "holds_since" else "work_start"
    return {
        f"y{k}": cell.years, f"t{k}": cell.total_years if rule.has_total else None,
        f"req{k}": alt.requires, f"fromholds{k}": alt.count_from == "holds_since",
        f"gb{k}": alt.graduated_by,
        f"na{k}": msg.not_accepted(rule, edu, tier),
        f"pre{k}": msg.prerequisite(rule, alt) if alt.requires else None,
        f"grad{k}": msg.graduated_late(rule, alt) if alt.graduated_by else None,
        f"miss{k}": msg.missing_start(rule, column),
        f"sp{k}": prefix, f"tp{k}": total_prefix,
    }


@lru_cache(maxsize=1)
def requirement_table() -> tuple[pl.DataFrame, int]:
    rows, width = [], 1
    for exam, rule in _levels():
        for edu, alts in rule.requirements.items():
            for tier in params.TIERS:
                usable = [alts[0]] + [a for a in alts[1:] if a.cells[tier].years is not None]
                width = max(width, len(usable))
                row = {"exam_c": exam, "level_c": rule.level, "version": rule.version,
                       "edu_eff": edu, "major_tier_c": tier}
                for k, alt in enumerate(usable):
                    row.update(_alt_columns(rule, alt, k, edu, tier))
                rows.append(row)
    schema = {"exam_c": pl.Utf8, "level_c": pl.Utf8, "version": pl.Int64, "edu_eff": pl.Utf8,
              "major_tier_c": pl.Utf8}
    for k in range(width):
        schema.update({f"y{k}": pl.Int64, f"t{k}": pl.Int64, f"req{k}": pl.Utf8, f"fromholds{k}": pl.Boolean,
                       f"gb{k}": pl.Date, f"na{k}": pl.Utf8, f"pre{k}": pl.Utf8, f"grad{k}": pl.Utf8,
                       f"miss{k}": pl.Utf8, f"sp{k}": pl.Utf8, f"tp{k}": pl.Utf8})
    return pl.DataFrame(rows, schema=schema), width


@lru_cache(maxsize=1)
def level_table() -> pl.DataFrame:
    rows = []
    for exam, rule in _levels():
        _, middle, _ = msg.short_parts(rule, 0)
        rows.append({
            "exam_c": exam, "level_c": rule.level, "version": rule.version,
            "cut_m": rule.cutoff[0], "cut_d": rule.cutoff[1], "mid": middle,
            "study_counts": bool(rule.full_time_study.value), "has_total": rule.has_total,
            "exempt_ok": bool(rule.exempt.value), "addon_ok": bool(rule.addon.value),
            "route_exempt": msg.route_unavailable(rule, "exempt"),
            "route_addon": msg.route_unavailable(rule, "addon"),
            "miss_total": msg.missing_start(rule, "work_start"),
        })
    return pl.DataFrame(rows, schema_overrides={"version": pl.Int64})
