"""`portal demo`: loads the demo once; `--if-empty` leaves a database with data alone. Tests get the
session's demo home as a copy of their own, as private as the original."""
import stat
import subprocess

from portal.demo.load import OPERATOR
from portal.services.cases import queue
from portal.services.views import cases as cases_view
from portal.services.views import history
from tests import demo_home
from tests.ui.conftest import PORTAL, ROOT


def _demo(home, *extra):
    return subprocess.run([str(PORTAL), "--home", str(home), "demo", *extra], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_demo_if_empty_leaves_a_loaded_database_unchanged_and_a_second_load_is_refused(home):
    done = _demo(home, "--if-empty")
    assert done.returncode == 0 and "nothing loaded" in done.stdout
    again = _demo(home)
    assert again.returncode == 2 and "已有案件" in again.stderr


def test_the_demo_covers_every_story_the_portal_should_show(db):
    cases = {c["name"]: c for c in history.search_all(db, OPERATOR)}
    assert len(cases) == 12 and {c["city"] for c in cases.values()} == {"4301", "4302"}
    assert {cases[n]["state"] for n in ("李娜", "刘洋", "王芳", "陈静", "孙丽")} == {"submitted"}
    assert (cases["张伟"]["state"], cases["何敏"]["state"], cases["杨帆"]["state"], cases["赵磊"]["state"]) == \
        ("published", "passed", "returned", "failed")
    flags = {n: cases_view.get_case(db, OPERATOR, cases[n]["id"])["flags"] or "" for n in ("李娜", "刘洋", "王芳", "陈静")}
    assert "seal_missing" in flags["李娜"] and "name_mismatch" in flags["王芳"]
    assert "evidence_missing" in flags["刘洋"] and flags["陈静"] == ""  # the technical-school graduate is clean
    page = queue.queue_page(db, OPERATOR, size=50)
    assert page["total"] == 5


def _modes(home):
    return {p.relative_to(home).as_posix(): stat.S_IMODE(p.stat().st_mode) for p in [home, *home.rglob("*")]}


def test_a_test_gets_its_own_copy_of_the_demo_home_with_the_same_owner_only_modes(home, demo_template):
    seen = _modes(home)
    assert {"portal.duckdb", "keys"} <= set(seen) and any(k.startswith("uploads/") for k in seen), sorted(seen)
    assert seen == _modes(demo_template)
    assert {name: oct(mode) for name, mode in seen.items() if (home / name).is_file() and mode != 0o600} == {}
    assert home.resolve() != demo_template.resolve() and demo_home.fingerprint(home) == demo_home.fingerprint(demo_template)
    (home / "uploads" / "scratch").write_bytes(b"x")  # writing to the copy leaves the original alone
    assert demo_home.fingerprint(home) != demo_home.fingerprint(demo_template)
