"""The workflow commands as scripts use them: audit verify, import errors, staff and rounds."""
import subprocess
import sys

from portal.store.db import close_all, open_database
from tests.services.factory import make_row, write_csv


def portal(home, *args, env=None):
    return subprocess.run([sys.executable, "-m", "portal", "--home", str(home), *args],
                          capture_output=True, text=True, env=env)


def test_audit_verify_counts_events_and_names_the_first_edited_one(tmp_path):
    home = tmp_path / "home"
    portal(home, "import-candidates", str(write_csv(tmp_path / "a.csv", [make_row(1)])))
    portal(home, "round", "add", "--year", "2021", "--name", "补办", "--opens", "2022-04-25 09:30",
           "--closes", "2022-04-30 17:00")
    portal(home, "blacklist", "add", "--id-number", make_row(5)[1], "--name", "张三", "--reason", "伪造学历")
    ok = portal(home, "audit", "verify")
    assert ok.returncode == 0 and ok.stdout.strip() == "audit chain ok: 3 events"
    db = open_database(home)
    with db.transaction() as cur:
        cur.execute("UPDATE audit_events SET actor = 'user:999' WHERE seq = 2")
    close_all()
    bad = portal(home, "audit", "verify")
    assert bad.returncode == 1 and "event 2" in bad.stdout


def test_an_unreadable_list_exits_2_with_a_clear_message_and_writes_nothing(tmp_path):
    home = tmp_path / "home"
    path = tmp_path / "bad.csv"
    path.write_bytes(b"\x00\x01\x02garbage,\xff\xfe\n1,2\n")
    out = portal(home, "import-candidates", str(path))
    assert out.returncode == 2 and "无法识别文件编码" in out.stderr
    db = open_database(home)
    with db.read() as cur:
        assert cur.execute("SELECT count(*) FROM cases").fetchone()[0] == 0
    close_all()


def test_staff_accounts_and_rounds_are_created_from_the_command_line(tmp_path):
    home = tmp_path / "home"
    out = portal(home, "account", "add", "--username", "cs1", "--role", "reviewer", "--name", "长沙审核员",
                 "--cities", "长沙市,4302", "--password", "Passw0rd1")
    assert out.returncode == 0 and "4301,4302" in out.stdout
    listed = portal(home, "account", "list").stdout
    assert "cs1\treviewer\t4301,4302" in listed
    bad = portal(home, "round", "add", "--year", "2021", "--name", "x", "--opens", "2022-04-30 17:00",
                 "--closes", "2022-04-25 09:30")
    assert bad.returncode == 2 and "晚于" in bad.stderr
