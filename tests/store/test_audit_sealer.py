"""Staged audit events and the sealer: an event is committed with its change as one staged row,
read through `audit_log` at once, and sealed into the keyed chain in the background, on demand, and
at the next start when a process stopped before sealing."""
import time
from pathlib import Path

import duckdb

from portal.store import audit, audit_sealer
from portal.store.db import DB_FILE, Database, close_all, open_database


def _case(cur, case_id: int, state: str = "submitted") -> None:
    cur.execute("INSERT INTO cases (id, candidate_id, exam, level, exam_year, city, state, created_at, updated_at) "
                "VALUES ($id, $id, 'economics', 'intermediate', 2021, '4301', $s, now(), now())",
                {"id": case_id, "s": state})


def _event(cur, case_id: int, state: str) -> None:
    audit.append(cur, actor="user:101", role="reviewer", action="claim", entity="case", entity_id=case_id,
                 before=None, after={"state": state})


def _counts(db) -> tuple[int, int]:
    with db.read() as cur:
        return (cur.execute("SELECT count(*) FROM audit_staged").fetchone()[0],
                cur.execute("SELECT count(*) FROM audit_events").fetchone()[0])


def test_a_committed_event_is_staged_readable_and_sealed_on_flush(db):
    with db.transaction() as cur:
        _case(cur, 1)
        _event(cur, 1, "in_review")
    with db.read() as cur:
        rows = cur.execute("SELECT seq, action, entity_id, after_json, sealed FROM audit_log").fetchall()
    assert rows in ([(1, "claim", "1", '{"state":"in_review"}', False)],
                    [(1, "claim", "1", '{"state":"in_review"}', True)])  # the background sealer may be first
    audit_sealer.flush(db)
    assert _counts(db) == (0, 1)
    with db.read() as cur:
        assert audit.verify(cur) == (1, None)
        assert [e["after"] for e in audit.trail(cur, "case", 1)] == [{"state": "in_review"}]


def test_the_background_sealer_seals_without_being_asked(db):
    with db.transaction() as cur:
        _case(cur, 1)
        _event(cur, 1, "in_review")
    deadline = time.monotonic() + 10
    while _counts(db) != (0, 1) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _counts(db) == (0, 1)


def test_a_rolled_back_change_stages_nothing_and_the_next_event_takes_the_next_seq(db):
    with db.transaction() as cur:
        _case(cur, 1)
        _event(cur, 1, "in_review")
    try:
        with db.transaction() as cur:
            _event(cur, 1, "passed")
            raise RuntimeError("refused")
    except RuntimeError:
        pass
    with db.transaction() as cur:
        _event(cur, 1, "returned")
    with db.read() as cur:
        assert cur.execute("SELECT seq, after_json FROM audit_log ORDER BY seq").fetchall() == [
            (1, '{"state":"in_review"}'), (2, '{"state":"returned"}')]
    audit_sealer.flush(db)
    with db.read() as cur:
        assert audit.verify(cur) == (2, None)


def test_an_event_appended_on_a_read_cursor_is_a_change_of_its_own(db):
    with db.read() as cur:
        audit.append(cur, actor="user:7", role="reviewer", action="case.view", entity="case", entity_id=3,
                     before=None, after=None)
    with db.read() as cur:
        assert cur.execute("SELECT seq, action FROM audit_log").fetchall() == [(1, "case.view")]


def test_a_cases_rows_are_recorded_by_its_last_event_of_a_batch_and_an_edit_is_still_caught(db):
    with db.transaction() as cur:
        _case(cur, 1)
        _event(cur, 1, "submitted")
    with db.transaction() as cur:
        cur.execute("UPDATE cases SET state = 'in_review' WHERE id = 1")
        _event(cur, 1, "in_review")
    audit_sealer.flush(db)
    with db.read() as cur:
        recorded = cur.execute("SELECT seq, kind, key FROM audit_row_digests ORDER BY seq").fetchall()
        assert recorded[-1][1:] == ("case", "1") and recorded[-1][0] == 2
        assert audit.verify(cur) == (2, None)
    with db.transaction() as cur:
        cur.execute("UPDATE cases SET state = 'passed' WHERE id = 1")  # behind the portal's back
    with db.read() as cur:
        bad, why = audit.verify(cur)
    assert bad == 0 and "case 1" in why and "edited behind the portal" in why


def test_events_a_stopped_process_left_staged_are_sealed_at_the_next_start(tmp_path):
    db = open_database(tmp_path)
    with db.transaction() as cur:
        _case(cur, 1)
    close_all()
    con = duckdb.connect(str(tmp_path / DB_FILE))  # as a process that committed and stopped before sealing
    con.execute("INSERT INTO audit_staged VALUES (1, $e)", {"e": audit.canonical({
        "at": "2026-12-02T09:30:00.000001", "actor": "user:101", "role": "reviewer", "action": "claim",
        "entity": "case", "entity_id": "1", "before_json": None, "after_json": '{"state":"in_review"}'})})
    con.close()
    db = open_database(tmp_path)
    try:
        assert _counts(db) == (0, 1)
        with db.read() as cur:
            assert audit.verify(cur) == (1, None)
        with db.transaction() as cur:
            _event(cur, 1, "passed")
        with db.read() as cur:
            assert cur.execute("SELECT max(seq) FROM audit_log").fetchone()[0] == 2
    finally:
        close_all()


def test_staged_events_that_do_not_follow_the_head_are_named_by_verify(tmp_path):
    db = Database(tmp_path)
    db.migrate()
    with db.transaction() as cur:
        cur.execute("INSERT INTO audit_staged VALUES (5, '{}')")  # seqs 1-4 missing
    with db.read() as cur:
        bad, why = audit.verify(cur)
    db.close()
    assert bad == 5 and "committed but not sealed" in why


def test_the_sealer_thread_has_ended_before_the_interpreter_does(tmp_path):
    """A daemon thread still inside DuckDB when Python finalises is unwound through DuckDB's C++ and
    aborts the process ("FATAL: exception not rethrown"): at exit the sealer thread is stopped and
    joined first, and what was staged is sealed."""
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent(f"""
        import atexit
        def report():  # registered first, so it runs after the sealer's own exit handler
            from portal.store import audit_sealer
            print("alive" if audit_sealer._thread.is_alive() else "ended")
        atexit.register(report)
        from portal.store import audit
        from portal.store.db import Database
        db = Database({str(tmp_path / "home")!r})
        db.migrate()
        for n in range(1, 40):
            with db.transaction() as cur:
                cur.execute("INSERT INTO cases (id, candidate_id, exam, level, exam_year, city, state, created_at, "
                            "updated_at) VALUES ($id, $id, 'economics', 'intermediate', 2021, '4301', 'draft', now(), now())",
                            {{"id": n}})
                audit.append(cur, actor="user:1", role="admin", action="import", entity="case", entity_id=n,
                             before=None, after={{"state": "draft"}})
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                         cwd=str(Path(__file__).resolve().parents[2]))
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["ended"], out.stdout
    db = Database(tmp_path / "home")
    assert _counts(db) == (0, 39)
    db.close()
