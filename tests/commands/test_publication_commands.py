"""The admin actions as CLI commands, end to end on a database under --home."""
import csv
from types import SimpleNamespace

import pytest

from portal.cli import main
from portal.store.db import close_all, open_database
from tests.services.publication.passers import make_candidates


@pytest.fixture
def portal(capsys):
    def run(home, *args):
        code = main(["--home", str(home), *args])
        out = capsys.readouterr()
        return SimpleNamespace(returncode=code, stdout=out.out, stderr=out.err)
    yield run
    close_all()


@pytest.mark.slow
def test_a_list_goes_from_passed_cases_to_verified_certificates_on_the_command_line(tmp_path, portal, monkeypatch):
    import datetime as dt

    from portal.store import clock
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2026, 9, 28, 9, 0))
    home, people = tmp_path / "home", make_candidates(3)
    src = tmp_path / "list.csv"
    with open(src, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(people[0]))
        w.writeheader()
        w.writerows(people)
    assert portal(home, "import-candidates", str(src)).returncode == 0
    with open_database(home).transaction() as cur:  # the review is tested in tests/services/cases
        cur.execute("UPDATE cases SET state = 'passed'")
    out = portal(home, "pass-list", "build", "--exam", "economics", "--year", "2026")
    assert out.returncode == 0 and "3 listed" in out.stdout, out.stderr
    assert portal(home, "pass-list", "review", "1").returncode == 0
    contact = ["--publisher", "长沙市人社局", "--objection-unit", "专技处", "--objection-phone", "0731-88888888"]
    out = portal(home, "pass-list", "publish", "1", "--start", "2026-09-27", *contact)
    assert out.returncode == 1 and "早于发布当天" in out.stderr
    out = portal(home, "pass-list", "publish", "1", "--start", "2026-09-28", *contact)
    assert "notice 2026-09-28 to 2026-10-09" in out.stdout, out.stderr
    assert portal(home, "pass-list", "export", "1", "-o", str(tmp_path / "list.xlsx")).returncode == 0
    out = portal(home, "pass-list", "finalise", "1")
    assert out.returncode == 1 and "期满后才能确认" in out.stderr
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2026, 10, 10, 9, 0))
    assert portal(home, "pass-list", "finalise", "1").returncode == 0
    out = portal(home, "cert", "issue", "--list", "1", "--exam-date", "2026-10-18", "--series", "05")
    assert "public_url" in out.stderr and out.returncode != 0
    assert portal(home, "settings", "set", "public_url", "https://zhicheng.example.gov.cn").returncode == 0
    out = portal(home, "cert", "issue", "--list", "1", "--exam-date", "2026-10-18", "--series", "05")
    assert "发证单位" in out.stderr and out.returncode == 1
    assert portal(home, "cert", "unit", "--unit", "长沙市", "--body", "长沙市人力资源和社会保障局").returncode == 0
    out = portal(home, "cert", "issue", "--list", "1", "--exam-date", "2026-10-18", "--series", "05")
    assert "issued 3 certificates (B05262010000000001 … B05262010000000003)" in out.stdout, out.stderr
    first = "B05262010000000001"
    assert portal(home, "cert-code", "check", first).stdout.strip() == "valid"
    assert portal(home, "cert", "pdf", first, "-o", str(tmp_path / "c.pdf")).returncode == 0
    out = portal(home, "cert", "check-pdf", str(tmp_path / "c.pdf"))
    assert out.returncode == 0 and out.stdout.startswith("有效："), out.stdout + out.stderr
    out = portal(home, "cert", "verify", first, "--id-number", people[0]["id_number"], "--phone", "13000000000")
    assert out.returncode == 1 and out.stdout.startswith("unknown")
    assert portal(home, "cert", "revoke", first, "--reason", "弄虚作假", "--fraud").stdout.strip() == f"revoked {first}"
    assert portal(home, "cert", "report", "--from", "2026-01-01", "--to", "2030-12-31",
                  "-o", str(tmp_path / "r.csv")).returncode == 0
    assert first in (tmp_path / "r.csv").read_text(encoding="utf-8-sig")


def test_holidays_for_an_unknown_year_are_entered_from_a_csv_and_then_counted(tmp_path, portal):
    home = tmp_path / "home"
    src = tmp_path / "2027.csv"
    src.write_text("date,is_workday,name\n2027-01-01,false,元旦\n2027-01-02,true,调休上班\n", encoding="utf-8")
    out = portal(home, "pass-list", "holidays", "2027", str(src), "--source", "国务院办公厅关于2027年部分节假日安排的通知")
    assert out.returncode == 0 and "entered 2 days for 2027" in out.stdout
    import datetime as dt

    from portal.services.publication.calendar import work_calendar
    assert work_calendar(open_database(home)).notice_end(dt.date(2026, 12, 28)) == dt.date(2027, 1, 2)
    src.write_text("2027-13-01,false,元旦\n", encoding="utf-8")
    out = portal(home, "pass-list", "holidays", "2027", str(src), "--source", "通知")
    assert out.returncode == 1 and "第1行格式错误" in out.stderr


def test_the_calendar_command_warns_while_next_years_holidays_are_missing(tmp_path, portal, monkeypatch):
    import datetime as dt

    from portal.store import clock
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2026, 11, 24, 9, 0))
    out = portal(tmp_path / "home", "pass-list", "calendar")
    assert out.returncode == 0 and "2004–2026" in out.stdout and "warning: 2027年的节假日安排尚未收录" in out.stdout
    src = tmp_path / "2027.csv"
    src.write_text("2027-01-01,false,元旦\n", encoding="utf-8")
    portal(tmp_path / "home", "pass-list", "holidays", "2027", str(src), "--source", "通知")
    out = portal(tmp_path / "home", "pass-list", "calendar")
    assert "entered: 2027" in out.stdout and "warning" not in out.stdout
