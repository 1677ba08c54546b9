"""The scalar path's own parsing and checks for each group of input columns, run once per distinct
combination. Each returns (values for the working columns, {input column: reason}); `GROUPS` names
the working columns each group fills (see the glossary in `rules.batch`)."""
from __future__ import annotations

import datetime as dt
import re

import polars as pl

from rules import params
from rules.alternatives import holds_satisfy
from rules.batch.table import EDUCATIONS, HOLDS, TIERS, tables, to_int
from rules.education import education_effective
from rules.loader import catalog
from rules.parse import clean
from rules.validate import (
    BAD_BOOL,
    BAD_CODE,
    BAD_DATE,
    BAD_YEAR,
    DATE_COLUMNS,
    YEAR_RE,
    check_education,
    check_exam,
    check_holds,
    parse_bool,
    parse_date,
    split_holds,
)


def _exam(exam, level, year_raw):
    year_txt = clean(year_raw)
    bad_year = year_txt is not None and not re.fullmatch(YEAR_RE, year_txt)
    year = None if year_txt is None or bad_year else int(year_txt)
    exam_c, level_c, why = check_exam(clean(exam) or "", clean(level) or "", year)
    why = {c: x.message_zh for c, x in why.items()}
    if bad_year:
        why["exam_year"] = BAD_YEAR
    version = catalog()[exam_c].version_for(year) if exam_c and level_c and year is not None else None
    if not version:
        return (year, None, None, None, False, False, False, False), why
    level_rule = tables().level_index[(exam_c, level_c, version.from_year)]
    rule = tables().levels[level_rule]
    end = rule.cutoff_date(year) + dt.timedelta(days=1)
    return (year, level_rule, end.year, end.month * 100 + end.day, bool(rule.full_time_study.value), rule.has_total,
            bool(rule.exempt.value), bool(rule.addon.value)), why


def _education(education, tech_class, route, tier):
    education, tech_class = clean(education), clean(tech_class)
    route, tier = clean(route) or "full", clean(tier) or "related"
    why = {c: x.message_zh for c, x in check_education(education, tech_class, route).items()}
    if tier not in TIERS:
        why["major_tier"] = BAD_CODE.format(col="major_tier")
    edu = None if {"education", "tech_class"} & set(why) else education_effective(education, tech_class)
    index = lambda seq, v: seq.index(v) if v in seq else None  # noqa: E731
    return (edu, index(EDUCATIONS, edu), index(TIERS, tier), index(params.ROUTES, route),
            index(EDUCATIONS, education), tech_class is not None), why


def _holds(text):
    codes = split_holds(clean(text))
    bad = check_holds(codes)
    return (sum(1 << i for i, h in enumerate(HOLDS) if holds_satisfy(codes, h)),), (
        {"holds": bad.message_zh} if bad else {})


def _flags(full_time, chsi, origin):
    out, why = [], {}
    for col, raw in (("full_time", full_time), ("chsi_registered", chsi)):
        try:
            out.append(parse_bool(clean(raw), True))
        except ValueError:
            out.append(True)
            why[col] = BAD_BOOL.format(col=col)
    origin = clean(origin) or "hunan"
    if origin not in params.ORIGINS:
        why["education_origin"] = BAD_CODE.format(col="education_origin")
    return (*out, params.ORIGINS.index(origin) if origin in params.ORIGINS else None), why


def _date(col):
    def parse(raw):
        try:
            return (to_int(parse_date(clean(raw))),), {}
        except ValueError:
            return (None,), {col: BAD_DATE.format(col=col)}
    return parse


DATE_COLUMN = {"graduation_date": "grad_date", "work_start": "work_start", "total_work_start": "total_work_start",
               "holds_since": "holds_since"}
GROUPS = [
    (("exam", "level", "exam_year"), _exam, {"exam_year": pl.Int64, "level_rule": pl.Int64,
     "cutoff_end_year": pl.Int64, "cutoff_end_mmdd": pl.Int64, "study_counts": pl.Boolean, "has_total": pl.Boolean,
     "exempt_allowed": pl.Boolean, "addon_allowed": pl.Boolean}),
    (("education", "tech_class", "route", "major_tier"), _education, {"education_effective": pl.Utf8,
     "education_index": pl.Int64, "tier_index": pl.Int64, "route_index": pl.Int64,
     "declared_education_index": pl.Int64, "has_tech_class": pl.Boolean}),
    (("holds",), _holds, {"holds_satisfied": pl.Int64}),
    (("full_time", "chsi_registered", "education_origin"), _flags, {"full_time": pl.Boolean,
     "chsi_registered": pl.Boolean, "origin_index": pl.Int64}),
    *[((c,), _date(c), {DATE_COLUMN[c]: pl.Int64}) for c in DATE_COLUMNS],
]
