"""`portal eligibility IN.csv -o OUT.csv` keeps every row in order and names bad columns."""
import csv
import subprocess
import sys

CSV_IN = """candidate_id,exam,level,exam_year,education,graduation_date,work_start,route,note
A1,一级消防工程师,,2021,bachelor,2016-06-30,2017-01-01,,extra column is ignored
A2,经济,中级,2021,bachelor,2016-06-30,2018-01-02,,
A3,会计,中级,2021,bachelor,2016-06-30,2018-01-02,,
A4,经济,中级,2021,bachelor,2016-13-30,2018-01-02,,
A5,中级注册安全工程师,中级,2022,bachelor,2016-06-30,,addon,
A6,经济,初级,2021,bachelor,2016-06-30
A7,经济,初级,2021,bachelor,2016-06-30,,,,surplus,cells
"""


def test_the_cli_writes_one_verdict_per_row_in_order(tmp_path):
    src, out = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_text(CSV_IN, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "portal", "eligibility", str(src), "-o", str(out)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["candidate_id"] for r in rows] == ["A1", "A2", "A3", "A4", "A5", "A6", "A7"]
    assert [r["eligible"] for r in rows] == ["true", "false", "false", "false", "true", "true", "true"]
    assert rows[0]["required_years"] == "3" and rows[0]["counted_years"] == "5"
    assert "计得3年" in rows[1]["reasons"]
    assert rows[2]["reasons"].startswith("exam：")
    assert rows[3]["reasons"].startswith("graduation_date：")
    assert rows[4]["evidence"] == "qualification_cert"
    assert list(rows[0]) == ["candidate_id", "eligible", "education_effective", "required_years",
                             "counted_years", "evidence", "reasons"]


def test_a_file_with_duplicate_header_names_is_still_judged(tmp_path):
    src, out = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_text("candidate_id,exam,exam\nD1,经济,x\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "portal", "eligibility", str(src), "-o", str(out)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(r["candidate_id"], r["eligible"]) for r in rows] == [("D1", "false")]


def test_a_missing_input_file_is_a_clear_error(tmp_path):
    run = subprocess.run([sys.executable, "-m", "portal", "eligibility", str(tmp_path / "no.csv"),
                          "-o", str(tmp_path / "out.csv")], capture_output=True, text=True)
    assert run.returncode == 2 and "无法读取输入文件" in run.stderr
    assert not (tmp_path / "out.csv").exists()
