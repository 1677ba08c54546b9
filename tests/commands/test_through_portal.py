"""Every command works while a portal holds the database: it is sent over the portal's control
socket (0600, owner only) and prints what it prints standalone; nothing prints a traceback."""
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from portal.docgen import render
from tests.checks.case_factory import BASE, PERSON
from tests.services.factory import make_row, write_csv

ROOT = Path(__file__).resolve().parents[2]
PORTAL = Path(sys.executable).parent / "portal"
SERVE = "import sys, time; from portal.services import startup; startup.open_portal(sys.argv[1]); print('up', flush=True); time.sleep(3600)"


def cli(home, *argv, cwd=None):
    done = subprocess.run([str(PORTAL), "--home", str(home), *argv], capture_output=True, text=True,
                          cwd=cwd or ROOT, timeout=300, env=os.environ | {"PORTAL_WORKERS": "1"})
    assert "Traceback" not in done.stderr + done.stdout, done.stderr
    return done


def start_portal(home):
    proc = subprocess.Popen([sys.executable, "-c", SERVE, str(home)], cwd=ROOT, stdout=subprocess.PIPE, text=True,
                            env=os.environ | {"PORTAL_WORKERS": "1"})
    assert proc.stdout.readline().strip() == "up"
    return proc


def stop_portal(proc):
    proc.kill()
    proc.wait(30)


@pytest.fixture(scope="module")
def portal_home(tmp_path_factory):
    home = tmp_path_factory.mktemp("portal") / "home"
    assert cli(home, "init").returncode == 0
    proc = start_portal(home)
    yield home
    stop_portal(proc)


def test_the_control_socket_is_owner_only(portal_home):
    mode = (portal_home / "portal.sock").stat().st_mode
    assert stat.S_ISSOCK(mode) and stat.S_IMODE(mode) == 0o600


@pytest.mark.slow
def test_the_database_commands_run_in_the_portal(portal_home, tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    write_csv(work / "list.csv", [make_row(n) for n in (1, 2)])
    steps = [
        (["account", "add", "--username", "r1", "--role", "reviewer", "--name", "审核员一", "--cities", "长沙市",
          "--password", "Passw0rd!x1"], 0, "account"),
        (["account", "list"], 0, "r1"),
        (["import-candidates", "list.csv"], 0, "accepted 2, rejected 0"),
        (["round", "add", "--year", "2021", "--name", "2021年度", "--opens", "2022-04-25 09:30",
          "--closes", "2022-04-30 17:00"], 0, "round"),
        (["round", "list"], 0, "2021年度"),
        (["blacklist", "add", "--id-number", make_row(9)[1], "--name", "某某", "--reason", "伪造材料"], 0, "added"),
        (["blacklist", "list"], 0, "伪造材料"),
        (["pass-list", "calendar"], 0, ""),
        (["pass-list", "build", "--exam", "economics", "--year", "2021"], None, ""),
        (["cert", "series", "01", "工程"], None, ""),
        (["cert", "verify", "A0000000000000000", "--id-number", "x", "--phone", "1"], 1, "未查到"),
        (["audit", "verify"], 0, "audit chain ok"),
        (["backup", "bk"], 0, "keys are not in the backup; restoring it needs audit key"),
        (["init"], 0, ""),
        (["demo", "--if-empty"], 0, "already has cases"),
    ]
    for argv, status, expected in steps:
        done = cli(portal_home, *argv, cwd=work)
        assert status is None or done.returncode == status, (argv, done.stderr)
        assert expected in done.stdout, (argv, done.stdout, done.stderr)
        assert done.stderr.count("\n") <= 1, (argv, done.stderr)  # at most one line of error
    assert (work / "bk").is_dir()  # the path was resolved against the caller's directory


def test_commands_that_need_no_database_run_locally_and_restore_is_refused_while_the_portal_runs(portal_home, tmp_path):
    pdf = tmp_path / "备案表.pdf"
    pdf.write_bytes(render("chsi_record", {**PERSON, **BASE}, fmt="pdf"))
    assert '"kind": "chsi_record"' in cli(portal_home, "extract", str(pdf), "--json").stdout
    assert cli(portal_home, "cert-code", "check", "B01212010000000001").returncode in (0, 1)
    rows = tmp_path / "in.csv"
    rows.write_text("candidate_id,exam,level,exam_year,education,graduation_date,work_start\n"
                    "1,economics,intermediate,2021,bachelor,2010-07-01,2010-08-01\n", encoding="utf-8")
    assert "judged 1 rows" in cli(portal_home, "eligibility", str(rows), "-o", str(tmp_path / "out.csv")).stdout
    refused = cli(portal_home, "restore", str(tmp_path / "nothing"))
    assert refused.returncode != 0 and refused.stderr.startswith("error: ") and refused.stderr.count("\n") == 1


@pytest.mark.slow
def test_output_is_the_same_with_and_without_the_portal(tmp_path):
    home = tmp_path / "home"
    cli(home, "init")
    cli(home, "account", "add", "--username", "a1", "--role", "admin", "--name", "管理员", "--cities", "all",
        "--password", "Passw0rd!x1")
    alone = [cli(home, "account", "list").stdout, cli(home, "audit", "verify").stdout]
    proc = start_portal(home)
    try:
        through = [cli(home, "account", "list").stdout, cli(home, "audit", "verify").stdout]
        assert (home / "portal.sock").exists()
    finally:
        stop_portal(proc)
    assert through == alone
    time.sleep(0.2)
    assert cli(home, "account", "list").stdout == alone[0]  # a killed portal's socket is ignored
