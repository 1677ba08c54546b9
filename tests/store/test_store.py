"""The storage layer: migrations, transactions and the hash-chained audit trail."""
import duckdb
import pytest

from portal.store import audit, audit_sealer, migrations
from portal.store.db import close_all, open_database
from portal.store.queries import q


def _event(cur, n):
    return audit.append(cur, actor="user:1", role="admin", action=f"act{n}", entity="case",
                        entity_id=n, before={"state": "draft"}, after={"state": "submitted", "城市": "长沙"})


def test_migrations_are_numbered_uniquely_and_without_gaps():
    numbers = [n for n, _ in migrations.available()]
    assert numbers, "no migrations found"
    assert len(numbers) == len(set(numbers)), numbers
    assert sorted(numbers) == list(range(1, len(numbers) + 1)), numbers


def test_migrating_twice_changes_nothing(tmp_path):
    db = open_database(tmp_path)
    version = db.schema_version()
    assert db.migrate() == version
    with db.read() as cur:
        assert cur.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == len(migrations.available())
    close_all()


def test_a_database_from_a_newer_schema_is_refused(tmp_path):
    db = open_database(tmp_path)
    with db.transaction() as cur:
        cur.execute(q("insert_schema_migration"), {"version": 9999, "name": "9999_future.sql"})
    close_all()
    with pytest.raises(migrations.SchemaTooNew, match="9999"):
        open_database(tmp_path)
    close_all()


def test_a_failed_transaction_leaves_nothing_behind(db):
    with pytest.raises(duckdb.Error), db.transaction() as cur:
        _event(cur, 1)
        cur.execute("INSERT INTO cities VALUES ('4301', '重复')")
    with db.read() as cur:
        assert cur.execute("SELECT count(*) FROM audit_events").fetchone()[0] == 0
        assert audit.verify(cur) == (0, None)


def test_an_intact_chain_verifies_with_its_event_count(db):
    with db.transaction() as cur:
        for n in range(1, 6):
            _event(cur, n)
    with db.read() as cur:
        assert audit.verify(cur) == (5, None)


def test_editing_an_event_is_detected_at_that_event(db):
    with db.transaction() as cur:
        for n in range(1, 6):
            _event(cur, n)
    audit_sealer.flush(db)  # staged at COMMIT, sealed here
    with db.transaction() as cur:
        cur.execute("UPDATE audit_events SET after_json = '{\"state\":\"passed\"}' WHERE seq = 3")
    with db.read() as cur:
        bad, why = audit.verify(cur)
    assert bad == 3 and "edited" in why


def test_deleting_an_event_is_detected(db):
    with db.transaction() as cur:
        for n in range(1, 6):
            _event(cur, n)
    audit_sealer.flush(db)  # staged at COMMIT, sealed here
    with db.transaction() as cur:
        cur.execute("DELETE FROM audit_events WHERE seq = 2")
    with db.read() as cur:
        bad, why = audit.verify(cur)
    assert bad == 2 and "missing" in why


def test_deleting_the_last_event_is_detected(db):
    with db.transaction() as cur:
        for n in range(1, 4):
            _event(cur, n)
    audit_sealer.flush(db)  # staged at COMMIT, sealed here
    with db.transaction() as cur:
        cur.execute("DELETE FROM audit_events WHERE seq = 3")
    with db.read() as cur:
        bad, why = audit.verify(cur)
    assert bad == 3 and "deleted" in why


def test_a_case_trail_lists_its_events_in_order_with_before_and_after(db):
    with db.transaction() as cur:
        _event(cur, 7)
        _event(cur, 8)
        _event(cur, 7)
    with db.read() as cur:
        trail = audit.trail(cur, "case", 7)
    assert [e["seq"] for e in trail] == [1, 3]
    assert trail[0]["after"] == {"state": "submitted", "城市": "长沙"}


def test_an_event_written_outside_a_transaction_does_not_fork_the_chain(db):
    with db.transaction() as cur:
        _event(cur, 1)
    with db.read() as cur:  # autocommit cursor: the cached chain tail goes stale
        _event(cur, 2)
    with db.transaction() as cur:
        _event(cur, 3)
    with db.read() as cur:
        assert audit.verify(cur) == (3, None)


def test_duckdb_runs_one_thread_in_the_portal_process_unless_configured(tmp_path, monkeypatch):
    from portal.store.db import Database

    monkeypatch.delenv("PORTAL_DUCKDB_THREADS", raising=False)
    db = Database(tmp_path / "one")
    with db.read() as cur:
        assert cur.execute("SELECT current_setting('threads')").fetchone()[0] == 1
    db.close()
    monkeypatch.setenv("PORTAL_DUCKDB_THREADS", "2")
    db = Database(tmp_path / "two")
    with db.read() as cur:
        assert cur.execute("SELECT current_setting('threads')").fetchone()[0] == 2
    db.close()
