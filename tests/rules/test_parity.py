"""The polars batch path gives exactly the scalar path's verdicts, row for row and in order,
over random candidates across all exams, levels, tiers, routes, boundary dates and malformed rows."""
import polars as pl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rules import evaluate_frame
from rules.aliases import EXAM_LEVELS
from rules.judge import evaluate_row
from rules.validate import COLUMNS

EXAMS = sorted(EXAM_LEVELS)
LEVELS = sorted({lv for levels in EXAM_LEVELS.values() for lv in levels})
EDUCATION = ["high_school", "secondary", "junior_college", "bachelor", "second_bachelor", "master", "doctor"]
BOUNDARY_DATES = ["2001-12-31", "2002-01-01", "2005-05-31", "2005-06-01", "2004-07-01", "2005-07-01",
                  "2013-06-30", "2014-06-30", "2015-06-30", "2016-02-29", "2017-01-01", "2017-01-02",
                  "1977-07-01", "1985-07-01", "1991-12-31", "2020-12-31", "2021-12-31", "2022-01-01"]
JUNK = ["", " ", "2021-02-30", "2021-1-5", "20210105", "abc", "0000-01-01", "2021-13-01", "9999-12-31",
        "1000-01-01", " 2020-02-29\t", "2019-02-29"]


def maybe(values, junk=()):
    return st.sampled_from([None, "", *values, *junk])


dates = st.one_of(st.sampled_from(BOUNDARY_DATES),
                  st.dates(min_value=__import__("datetime").date(1970, 1, 1),
                           max_value=__import__("datetime").date(2023, 12, 31)).map(str),
                  st.sampled_from(JUNK), st.none())
rows = st.fixed_dictionaries({
    "candidate_id": st.one_of(st.text("0123456789", min_size=1, max_size=6), st.sampled_from(["", " "])),
    "exam": maybe(EXAMS + ["一级消防工程师", "经济师", "中级注册安全工程师", "助理社会工作师"], ["会计"]),
    "level": maybe(LEVELS + ["中级", "高级经济师", "基础考试"], ["特级"]),
    "exam_year": maybe(["2021", "2022", "2023"], ["2020", "21", "year", "9999", "0000", "2100"]),
    "education": maybe(EDUCATION, ["phd"]),
    "tech_class": st.sampled_from([None, "", None, "", "intermediate_worker", "senior_worker", "technician", "x"]),
    "major_tier": maybe(["related", "near", "other"], ["best"]),
    "full_time": maybe(["true", "false", "TRUE"], ["yes"]),
    "graduation_date": dates, "work_start": dates, "total_work_start": dates, "holds_since": dates,
    "education_origin": maybe(["hunan", "other_province", "foreign", "party_school"], ["mars"]),
    "chsi_registered": maybe(["true", "false"], ["0"]),
    "route": maybe(["full", "exempt", "addon"], ["both"]),
    "holds": maybe(["engineer", "senior_engineer", "junior_same_series", "intermediate_same_series",
                    "basic_exam_passed", "junior_same_series; basic_exam_passed", "engineer;"], ["dean"]),
})



@st.composite
def well_formed(draw):
    """Rows that reach the rules: known exam and level, valid codes and dates (some left empty)."""
    exam = draw(st.sampled_from(EXAMS))
    row = draw(rows)
    valid_date = st.one_of(st.sampled_from(BOUNDARY_DATES), st.dates(
        min_value=__import__("datetime").date(1970, 1, 1), max_value=__import__("datetime").date(2023, 12, 31)).map(str))
    tech = draw(st.sampled_from([None] * 5 + ["intermediate_worker", "senior_worker", "technician"]))
    row.update({
        "candidate_id": draw(st.text("0123456789", min_size=1, max_size=6)), "exam": exam,
        "level": draw(st.sampled_from(EXAM_LEVELS[exam])), "exam_year": draw(st.sampled_from(["2021", "2022", "2023"])),
        "education": None if tech else draw(st.sampled_from(EDUCATION)), "tech_class": tech,
        "major_tier": draw(maybe(["related", "near", "other"])), "full_time": draw(maybe(["true", "false"])),
        "graduation_date": draw(valid_date), "work_start": draw(st.one_of(valid_date, st.none())),
        "total_work_start": draw(st.one_of(valid_date, st.none(), st.none())),
        "holds_since": draw(st.one_of(valid_date, st.none())),
        "education_origin": draw(maybe(["hunan", "other_province", "foreign", "party_school"])),
        "chsi_registered": draw(maybe(["true", "false"])), "route": draw(maybe(["full", "exempt", "addon"])),
        "holds": draw(maybe(["engineer", "senior_engineer", "junior_same_series", "intermediate_same_series",
                             "basic_exam_passed", "junior_same_series;intermediate_same_series"])),
    })
    return row


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(well_formed(), well_formed(), rows), min_size=1, max_size=40))
def test_batch_verdicts_equal_scalar_verdicts_row_for_row(batch):
    frame = pl.DataFrame(batch, schema={c: pl.Utf8 for c in COLUMNS})
    got = evaluate_frame(frame).to_dicts()
    assert got == [evaluate_row(r) for r in batch]
