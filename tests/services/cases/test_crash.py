"""A process killed in the middle of an import or a decision leaves nothing half-applied."""
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from portal.store import audit
from portal.store.db import close_all, open_database
from tests.services.factory import make_row, write_csv

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# The child pauses inside the transaction (after its writes, before COMMIT) and tells us so.
CHILD = textwrap.dedent("""
    import sys, time, pathlib
    sys.path.insert(0, {root!r})
    from portal.store import audit
    ready = pathlib.Path({ready!r})
    real = audit.append
    def append_then_wait(cur, **kw):
        seq = real(cur, **kw)
        if kw["action"] == {action!r}:
            ready.write_text("in transaction")
            time.sleep(60)
        return seq
    audit.append = append_then_wait
    {body}
""")


def _run_and_kill(tmp_path, action, body):
    ready = tmp_path / "ready"
    code = CHILD.format(root=ROOT, ready=str(ready), action=action, body=textwrap.dedent(body))
    child = subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE)
    deadline = time.time() + 60
    while not ready.exists():
        assert child.poll() is None, child.stderr.read().decode()
        assert time.time() < deadline
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.wait()


@pytest.mark.slow
def test_an_import_killed_before_commit_leaves_no_case_behind(tmp_path):
    home = tmp_path / "home"
    path = write_csv(tmp_path / "list.csv", [make_row(n) for n in range(1, 2001)])
    _run_and_kill(tmp_path, "import_candidates", f"""
        from portal.commands._system import operator
        from portal.services.people.list_import import import_candidates
        from portal.store.db import open_database
        import_candidates(open_database({str(home)!r}), operator(), {str(path)!r})
    """)
    db = open_database(home)
    with db.read() as cur:
        assert cur.execute("SELECT count(*) FROM cases").fetchone()[0] == 0
        assert cur.execute("SELECT count(*) FROM candidates").fetchone()[0] == 0
        assert audit.verify(cur) == (0, None)
    close_all()


@pytest.mark.slow
def test_a_decision_killed_before_commit_leaves_the_case_under_review(tmp_path):
    from portal.services.cases import queue
    from portal.services.people.auth import Principal
    from portal.store.seed import seed_submitted_cases
    home = tmp_path / "home"
    db = open_database(home)
    seed_submitted_cases(db, 50, cities=["4301"])
    me = Principal(7, "reviewer", ("4301",), "审核员")
    case = queue.claim_next(db, me)
    with db.read() as cur:  # seeded rows carry no events of their own: verify names them, before and after alike
        verdict_before = audit.verify(cur)
    close_all()
    _run_and_kill(tmp_path, "pass", f"""
        from portal.services.cases import decisions
        from portal.services.people.auth import Principal
        from portal.store.db import open_database
        decisions.pass_case(open_database({str(home)!r}), Principal(7, "reviewer", ("4301",), "审核员"), {case["id"]})
    """)
    db = open_database(home)
    with db.read() as cur:
        assert cur.execute("SELECT state FROM cases WHERE id = $id", {"id": case["id"]}).fetchone()[0] == "in_review"
        assert cur.execute("SELECT lease_owner FROM queue_entries WHERE case_id = $id", {"id": case["id"]}).fetchone()[0] == 7
        assert cur.execute("SELECT count(*) FROM review_ops").fetchone()[0] == 0
        assert cur.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 1  # the claim only
        assert audit.verify(cur) == verdict_before
    from portal.services.cases import decisions
    assert decisions.pass_case(db, me, case["id"])["state"] == "passed"
    close_all()
