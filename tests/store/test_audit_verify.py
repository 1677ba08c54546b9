"""The fast verify path builds each event's canonical text from the stored JSON: it must equal what
`append` hashed for every kind of content, so the slow path runs only for events that do not match."""
import datetime as dt

import pytest

from portal.store import audit, audit_sealer, audit_verify, keys
from portal.store.db import Database
from portal.store.queries import q

PAYLOADS = [
    None, {}, {"state": "in_review"}, {"名字": "张三", "note": "含\"引号\"与\\反斜杠\n换行\t制表"},
    {"when": dt.date(2022, 4, 25), "at": dt.datetime(2022, 4, 25, 9, 30, 0, 5)}, {"n": 1.5e16, "neg": -0.0, "big": 2**70},
    {"list": [1, "二", None, True], "nested": {"b": {"c": []}, "a": "\u2028\x07"}}, {"emoji": "😀", "ctl": "\x00"},
]


@pytest.fixture
def db():
    database = Database(":memory:")
    database.migrate()
    yield database
    database.close()


def test_every_stored_event_matches_on_the_fast_path(db, monkeypatch):
    times = iter([dt.datetime(2022, 4, 25, 9, 30), dt.datetime(2022, 4, 25, 9, 30, 1, 123456)] * 20)
    monkeypatch.setattr(audit.clock, "now", lambda: next(times))
    for i, payload in enumerate(PAYLOADS):
        with db.transaction() as cur:
            audit.append(cur, actor="user:7", role="reviewer", action="测试", entity="note",
                         entity_id=None if i % 2 else f"编号{i}", before=payload, after=PAYLOADS[-1 - i])
    with db.read() as cur:
        key, prev = keys.audit_key(cur), audit.GENESIS
        rows = cur.execute(q("select_audit_events")).fetchall()
        for row in rows:
            assert audit_verify._matches(key, prev, row), row
            prev = row[10]
        assert audit.verify(cur) == (len(PAYLOADS), None)


def test_an_event_stored_in_another_json_spelling_still_verifies_by_the_slow_path(db):
    with db.transaction() as cur:
        audit.append(cur, actor="user:7", role="reviewer", action="a", entity="note", entity_id="1",
                     before={"a": 1, "b": 2}, after=None)
    audit_sealer.flush(db)
    with db.transaction() as cur:
        cur.execute("UPDATE audit_events SET before_json = '{\"b\": 2, \"a\": 1}'")
        row = cur.execute(q("select_audit_events")).fetchone()
        assert not audit_verify._matches(keys.audit_key(cur), "", row)
        assert audit.verify(cur) == (1, None)  # same content, as before the fast path existed
        cur.execute("UPDATE audit_events SET before_json = '{\"b\": 3, \"a\": 1}'")
        assert audit.verify(cur) == (1, "event 1: content does not match its keyed hash (edited or re-hashed)")
        cur.execute("UPDATE audit_events SET before_json = ''")
        assert audit.verify(cur)[1] == "event 1: stored before/after is not valid JSON"
