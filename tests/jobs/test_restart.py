"""A portal killed with jobs queued and one running resumes them when it starts again."""
import subprocess
import sys
import textwrap
from pathlib import Path

from portal.jobs import dispatcher, queue
from portal.services import processing, startup
from portal.store.db import close_all

ROOT = Path(__file__).resolve().parents[2]
CHILD = textwrap.dedent("""
    import os, signal, sys
    from portal.docgen import render
    from portal.jobs import queue
    from portal.services import system
    from portal.services.documents import reading_jobs, uploads
    db = system.open_home(sys.argv[1])
    ids = []
    for n in range(2):
        data = render("chsi_record", {"name": "周敏" + "一二"[n], "id_number": "430103199205063526"}, fmt="pdf")
        up = uploads.upload(db, system.operator(), filename=f"备案表{n}.pdf", data=data)
        with db.transaction() as cur:
            ids.append(reading_jobs.enqueue(cur, up["id"]))
    assert queue.claim(db, "local-0")["id"] == ids[0]
    print(" ".join(ids), flush=True)
    os.kill(os.getpid(), signal.SIGKILL)  # the portal dies with one job running and one queued
""")


def test_a_killed_portal_resumes_its_running_and_queued_jobs_on_start(tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("PORTAL_WORKERS", "1")
    child = subprocess.run([sys.executable, "-c", CHILD, str(home)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert child.returncode == -9, child.stderr
    ids = child.stdout.split()
    db = startup.open_portal(str(home))
    try:
        assert dispatcher.running(db).wait(ids, timeout=120)
        with db.read() as cur:
            jobs = [queue.get(cur, i) for i in ids]
            read = cur.execute("SELECT count(*) FROM uploads WHERE extraction_json LIKE '%chsi_record%'").fetchone()[0]
        assert [(j["state"], j["attempts"]) for j in jobs] == [("done", 1), ("done", 1)]
        assert read == 2
    finally:
        processing.stop(db)
        close_all()


EXITING = textwrap.dedent("""
    import atexit, sys, threading
    def report():  # registered first, so it runs after the processing's own exit handler
        names = sorted(t.name for t in threading.enumerate() if t.name.startswith(("dispatch-", "reminders")))
        print("alive:" + ",".join(names) if names else "ended")
    atexit.register(report)
    from portal.docgen import render
    from portal.services import processing, system
    from portal.services.documents import reading_jobs, uploads
    db = system.open_home(sys.argv[1])
    processing.start(db)
    data = render("chsi_record", {"name": "周敏", "id_number": "430103199205063526"}, fmt="pdf")
    up = uploads.upload(db, system.operator(), filename="备案表.pdf", data=data)
    with db.transaction() as cur:
        reading_jobs.enqueue(cur, up["id"])
    print("started", flush=True)
""")


def test_at_exit_the_dispatcher_and_the_sweep_have_ended_before_the_interpreter_does(tmp_path, monkeypatch):
    """A process that leaves the portal's processing running at exit (a CLI command, a stopped server)
    exits cleanly: its dispatcher and sweep threads are stopped and joined before Python finalises."""
    monkeypatch.setenv("PORTAL_WORKERS", "1")
    monkeypatch.setenv("PORTAL_SWEEP_SECONDS", "0.05")
    child = subprocess.run([sys.executable, "-c", EXITING, str(tmp_path / "home")], capture_output=True, text=True,
                           cwd=ROOT, timeout=180)
    assert child.returncode == 0, child.stderr
    assert child.stdout.split() == ["started", "ended"], child.stdout
