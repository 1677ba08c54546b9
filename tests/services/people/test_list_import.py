"""Importing the authority's candidate list: per-row results, normalisation, idempotence, encodings."""
import subprocess
import sys
from pathlib import Path

import pytest

from portal.domain.errors import InvalidInput, PermissionDenied
from portal.services.people.list_import import import_candidates
from tests.services.factory import HEADER_EN, city_admin, make_id, make_row, province_admin, write_csv, write_xlsx


def _count(db, table):
    with db.read() as cur:
        return cur.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_good_rows_become_draft_cases_with_gender_from_the_id(db, tmp_path):
    rows = [make_row(1), make_row(2, exam="一级注册消防工程师", level="", city="4302")]
    report = import_candidates(db, province_admin(), write_csv(tmp_path / "a.csv", rows))
    assert [(n, s) for n, s, _ in report.accepted] == [(2, "new"), (3, "new")]
    with db.read() as cur:
        got = cur.execute("SELECT k.exam, k.level, k.city, k.state, c.gender FROM cases k "
                          "JOIN candidates c ON c.id = k.candidate_id ORDER BY k.id").fetchall()
    assert got == [("economics", "intermediate", "4301", "draft", "男"),
                   ("fire_engineer_1", "single", "4302", "draft", "女")]


def test_every_kind_of_bad_row_is_rejected_with_its_row_and_reason(db, tmp_path):
    bad_check = make_id(3)[:17] + ("0" if make_id(3)[17] != "0" else "1")
    rows = [make_row(1), make_row(2, id_number=bad_check), make_row(3, id_number="43010219900101"),
            make_row(4, exam="注册会计师"), make_row(5, level="高级", exam="一级造价工程师"),
            make_row(6, city="北京市"), make_row(7, name=""), make_row(1), make_row(1, scores="90")]
    report = import_candidates(db, province_admin(), write_csv(tmp_path / "b.csv", rows))
    reasons = {n: why for n, _, why in report.rejected}
    assert len(report.accepted) == 1
    assert reasons[3] == f"身份证号校验位错误：末位为 {bad_check[17]}，按前17位应为 {make_id(3)[17]}"
    assert "长度" in reasons[4]
    assert reasons[5] == "未知考试：注册会计师"
    assert "级别" in reasons[6]
    assert reasons[7] == "未知市州：北京市"
    assert reasons[8] == "必填项为空：姓名"
    assert reasons[9] == "重复行：与第2行相同"
    assert "与第2行为同一考生" in reasons[10]
    assert _count(db, "cases") == 1


def test_spaces_and_full_width_forms_never_make_two_units_or_people(db, tmp_path):
    rows = [make_row(1, name="张 三", employer="湖南 建工集团\n有限公司"),
            make_row(2, employer="湖南建工集团有限公司", id_number="  " + make_id(2) + " "),
            make_row(3, employer="ＡＢＣ  Co.", phone="１３８００００００００")]
    import_candidates(db, province_admin(), write_csv(tmp_path / "c.csv", rows))
    with db.read() as cur:
        employers = {r[0] for r in cur.execute("SELECT employer FROM cases").fetchall()}
        names = {r[0] for r in cur.execute("SELECT name FROM candidates").fetchall()}
    assert employers == {"湖南建工集团有限公司", "ABC Co."}
    assert "张三" in names


def test_reimporting_the_same_file_changes_nothing(db, tmp_path):
    path = write_xlsx(tmp_path / "d.xlsx", [make_row(n) for n in range(1, 6)], header=HEADER_EN)
    import_candidates(db, province_admin(), path)
    with db.read() as cur:
        before = cur.execute("SELECT * FROM cases ORDER BY id").fetchall()
        events = cur.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    report = import_candidates(db, province_admin(), path)
    assert {s for _, s, _ in report.accepted} == {"unchanged"}
    with db.read() as cur:
        assert cur.execute("SELECT * FROM cases ORDER BY id").fetchall() == before
        assert cur.execute("SELECT count(*) FROM audit_log").fetchone()[0] == events


def test_a_corrected_row_updates_its_candidate_and_case(db, tmp_path):
    import_candidates(db, province_admin(), write_csv(tmp_path / "e.csv", [make_row(1)]))
    fixed = [make_row(1, phone="13900000001", level="初级", city="株洲市")]
    report = import_candidates(db, province_admin(), write_csv(tmp_path / "f.csv", fixed))
    assert [s for _, s, _ in report.accepted] == ["updated"]
    with db.read() as cur:
        assert cur.execute("SELECT phone FROM candidates").fetchone()[0] == "13900000001"
        assert cur.execute("SELECT level, city FROM cases").fetchone() == ("junior", "4302")
        assert _count(db, "cases") == 1


def test_a_gbk_file_is_read_and_said_so(db, tmp_path):
    path = write_csv(tmp_path / "g.csv", [make_row(1)], encoding="gbk")
    report = import_candidates(db, province_admin(), path)
    assert "GBK" in report.note and len(report.accepted) == 1


def test_a_file_without_the_required_columns_is_refused_before_any_row(db, tmp_path):
    path = write_csv(tmp_path / "h.csv", [["x", "y"]], header=["foo", "bar"])
    with pytest.raises(InvalidInput, match="缺少必需列"):
        import_candidates(db, province_admin(), path)


def test_a_city_admin_cannot_import_rows_of_another_city(db, tmp_path):
    rows = [make_row(1, city="长沙市"), make_row(2, city="株洲市")]
    report = import_candidates(db, city_admin("4301"), write_csv(tmp_path / "i.csv", rows))
    assert len(report.accepted) == 1 and "管辖" in report.rejected[0][2]


def test_a_reviewer_cannot_import(db, tmp_path):
    reviewer = city_admin()
    reviewer = type(reviewer)(user_id=3, role="reviewer", cities=("4301",), display_name="审核员")
    with pytest.raises(PermissionDenied):
        import_candidates(db, reviewer, write_csv(tmp_path / "j.csv", [make_row(1)]))


def test_the_command_prints_rows_names_the_rejects_file_and_ends_with_the_counts(tmp_path):
    path = write_csv(tmp_path / "k.csv", [make_row(1), make_row(2, exam="不存在的考试")])
    out = subprocess.run([sys.executable, "-m", "portal", "--home", str(tmp_path / "home"),
                          "import-candidates", str(path)], capture_output=True, text=True)
    lines = out.stdout.strip().splitlines()
    assert out.returncode == 0, out.stderr
    assert lines[-1] == "accepted 1, rejected 1"
    assert "row 3: rejected: 未知考试：不存在的考试" in lines
    rejects = next(line for line in lines if line.startswith("rejected rows written to ")).split(" to ", 1)[1]
    assert "不存在的考试" in Path(rejects).read_text(encoding="utf-8-sig")


def test_an_id_number_stored_as_an_excel_number_is_rejected_with_the_fix(db, tmp_path):
    row = make_row(1)
    row[1] = int(row[1][:17] + "0") if row[1][17] != "X" else 430102199001011230
    report = import_candidates(db, province_admin(), write_xlsx(tmp_path / "n.xlsx", [row, make_row(2)]))
    assert len(report.accepted) == 1
    assert "数字格式" in report.rejected[0][2] and report.rejected[0][0] == 2


@pytest.mark.parametrize("threads", [1, 2])
def test_new_candidates_and_cases_are_numbered_in_the_order_of_the_list(tmp_path, monkeypatch, threads):
    """Case numbers are what reviewers and candidates quote: they follow the rows of the file, however
    many threads DuckDB joins and groups with, and a person's name and phone come from their last row."""
    from portal.store.db import Database

    monkeypatch.setenv("PORTAL_DUCKDB_THREADS", str(threads))
    db = Database(tmp_path / "home")
    db.migrate()
    import random
    people_in_order = random.Random(5).sample(range(1, 900), 200)  # not sorted: hash order would show
    order = people_in_order + people_in_order[:20]
    rows = [make_row(n, exam_year="2021" if i < 200 else "2022", phone=f"139{n:05d}{i:03d}")
            for i, n in enumerate(order)]
    import_candidates(db, province_admin(), write_csv(tmp_path / "list.csv", rows))
    more = [make_row(950), make_row(order[0], exam_year="2023"), make_row(951)]
    import_candidates(db, province_admin(), write_csv(tmp_path / "more.csv", more))
    with db.read() as cur:
        cases = cur.execute("SELECT k.id, c.id_number, k.exam_year FROM cases k JOIN candidates c "
                            "ON c.id = k.candidate_id ORDER BY k.id").fetchall()
        people = cur.execute("SELECT id, id_number, phone FROM candidates ORDER BY id").fetchall()
    db.close()
    expected = ([(make_id(n), 2021 if i < 200 else 2022) for i, n in enumerate(order)]
                + [(make_id(950), 2021), (make_id(order[0]), 2023), (make_id(951), 2021)])
    assert [(number, year) for _, number, year in cases] == expected
    assert [k for k, _, _ in cases] == list(range(1, len(expected) + 1))
    firsts = people_in_order + [950, 951]
    assert [(i, number) for i, number, _ in people] == [(i + 1, make_id(n)) for i, n in enumerate(firsts)]
    assert people[1][2] == f"139{order[1]:05d}{201:03d}"  # the second person's last row is row 201 of the list
