"""The batch path: a whole list judged at once on polars, row for row identical to the scalar
path (`rules.judge.evaluate`); the input columns are `rules.validate.COLUMNS`, the output columns
and their order are `OUTPUT` (the same row as `rules.judge.evaluate_row`).

Steps: `inputs.read` (every cell through the scalar path's parsing, once per distinct value, see
`codes` and `groups`), `rules.with_alternatives` (the conditions as integer expressions over the
lookup arrays of `table`), `text` (reasons and evidence).

Glossary of the working columns (one row per input row; dates are yyyymmdd integers):
  candidate_id            the stripped candidate id (null when blank)
  malformed               a cell could not be read, or graduation_date is missing (not 增项)
  exam_year               the exam year as a number
  level_rule              index of the level rule (exam, level, version) in `table.Tables.levels`
  cutoff_end_year, cutoff_end_mmdd   the day after the cut-off date: year and month*100 + day
  study_counts            full-time study counts as work (the rule's full_time_study_counts)
  has_total               the level also counts total years of work (一级消防)
  exempt_allowed, addon_allowed      the rule admits the 免考 / 增项 route
  education_effective     education after technical-school equivalence (code)
  education_index         index of education_effective in `table.EDUCATIONS`
  declared_education_index  index of the declared education (before equivalence)
  tier_index, route_index, origin_index   index into params.TIERS / params.ROUTES / params.ORIGINS
  has_tech_class          a technical-school class was given
  holds_satisfied         bit i set when the holds satisfy `table.HOLDS[i]`
  full_time, chsi_registered         the candidate's booleans
  grad_date, work_start, total_work_start, holds_since   the candidate's dates
  cell_index              the requirement cell (level rule, education, tier), see `table`
  years{k}, total_years{k}, requires_bit{k}, from_holds{k}, graduated_by{k}, present{k}
                          alternative k of that cell (k = 0 is the main row), see `table.Tables.alt`
  counted_work, counted_holds, counted_total   whole years counted from work_start, holds_since,
                          total_work_start (or work_start)
  unmet{k}, counted{k}, passes{k}, gate_holds{k}   per alternative: bit mask of unmet conditions
                          (`rules.batch.rules.NA` …), years counted, all conditions met, education/prerequisite/
                          graduation-date conditions met
  chosen                  the alternative reported; unmet, required_years, counted_years: its values
  route_refused           0, or 1 / 2 when the 免考 / 增项 route is not available
  addon, eligible         the row takes the 增项 route; the verdict
"""
from __future__ import annotations

import polars as pl

from rules.batch.inputs import read
from rules.batch.rules import with_alternatives
from rules.batch.table import tables
from rules.batch.text import evidence, reasons

OUTPUT = ["candidate_id", "eligible", "education_effective", "required_years", "counted_years",
          "evidence", "reasons"]


def evaluate_frame(frame: pl.DataFrame) -> pl.DataFrame:
    """Input columns `rules.validate.COLUMNS` (text or typed; absent optional columns are empty) →
    one verdict row per input row, in the same order. Malformed rows: eligible=false, bad columns named."""
    t = tables()
    df, malformed = read(frame)
    df = with_alternatives(df, t)
    skip = pl.col("malformed") | pl.col("addon")
    return df.select(
        pl.col("candidate_id"),
        pl.col("eligible"),
        pl.col("education_effective"),
        pl.when(skip).then(None).otherwise(pl.col("required_years")).alias("required_years"),
        pl.when(skip).then(None).otherwise(pl.col("counted_years")).alias("counted_years"),
        evidence(df).alias("evidence"),
        reasons(df, t, malformed).alias("reasons"),
    )
