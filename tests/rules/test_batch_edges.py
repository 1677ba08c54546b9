"""Edge cases of the batch path: empty input, absent optional columns, typed columns, many
distinct values (the sort fallback of the combination step)."""
import datetime as dt

import numpy as np
import polars as pl

from rules import evaluate_frame
from rules.batch.codes import combine
from rules.judge import evaluate_row


def test_an_empty_frame_gives_an_empty_result_with_the_output_columns():
    out = evaluate_frame(pl.DataFrame({"candidate_id": [], "exam": []}, schema={"candidate_id": pl.Utf8,
                                                                                 "exam": pl.Utf8}))
    assert out.height == 0
    assert out.columns == ["candidate_id", "eligible", "education_effective", "required_years",
                           "counted_years", "evidence", "reasons"]


def test_absent_optional_columns_take_their_defaults_and_typed_cells_are_read_as_text():
    frame = pl.DataFrame({"candidate_id": [7], "exam": ["audit"], "level": ["junior"], "exam_year": [2021],
                          "education": ["bachelor"], "graduation_date": [dt.date(2020, 6, 30)]})
    out = evaluate_frame(frame).to_dicts()
    assert out == [evaluate_row({"candidate_id": "7", "exam": "audit", "level": "junior", "exam_year": "2021",
                                 "education": "bachelor", "graduation_date": "2020-06-30"})]
    assert out[0]["eligible"] is True and out[0]["evidence"] == "application_form;work_proof;chsi_record"


def test_combinations_are_found_both_by_table_and_by_sorting():
    rng = np.random.default_rng(1)
    for size in (7, 5000):                 # 5000 × 5000 exceeds the table limit → sort path
        values = [f"v{i}" for i in range(size)] + [None]
        parts = [(rng.integers(0, size + 1, 20_000), values), (rng.integers(0, size + 1, 20_000), values)]
        inverse, combos = combine(parts)
        rows = [(values[a], values[b]) for a, b in zip(parts[0][0], parts[1][0])]
        assert [combos[i] for i in inverse] == rows
        assert len(set(combos)) == len(combos)


def test_far_exam_years_have_no_rule_instead_of_overflowing():
    rows = [{"candidate_id": "Y", "exam": "fire_engineer_1", "exam_year": year, "education": "bachelor",
             "graduation_date": "2016-06-30", "work_start": "2017-01-01"} for year in ("9999", "0000", "2101")]
    out = evaluate_frame(pl.DataFrame(rows)).to_dicts()
    assert out == [evaluate_row(r) for r in rows]
    assert all(r["reasons"].startswith("exam_year：") for r in out)


def test_required_evidence_of_an_incomplete_self_check_leaves_out_the_unknown_education_proof():
    from rules import Candidate, required_evidence

    draft = Candidate("D1", "economics", "junior", 2022, education="bachelor")
    assert required_evidence(draft) == ("application_form", "work_proof")
    done = Candidate("D1", "economics", "junior", 2022, education="bachelor",
                     graduation_date=dt.date(2019, 6, 30), route="exempt")
    assert required_evidence(done) == ("application_form", "work_proof", "chsi_record", "exemption_proof")


def test_a_candidate_built_from_text_answers_is_judged_like_the_csv_row():
    from rules import Candidate, evaluate

    typed = evaluate(Candidate("J1", "经济", "中级", "2021", education="bachelor", major_tier=None,
                               graduation_date="2016-06-30", work_start="2017-01-01", full_time="true",
                               holds=None, route=""))
    assert typed.to_row("J1") == evaluate_row({"candidate_id": "J1", "exam": "经济", "level": "中级",
                                               "exam_year": "2021", "education": "bachelor",
                                               "graduation_date": "2016-06-30", "work_start": "2017-01-01"})
    bad = evaluate(Candidate("J2", "经济", "中级", 2021, education="bachelor", graduation_date="2016-02-30"))
    assert [r.message_zh for r in bad.reasons] == ["graduation_date：应为有效日期（YYYY-MM-DD）"]
