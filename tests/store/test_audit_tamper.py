"""`portal audit verify` against an attacker who can write the database file: every tampering
below is detected (exit 1, naming the first bad event or row); the untouched story verifies."""
import datetime as dt
import hashlib
import json

import duckdb
import pytest

from portal.cli import main
from portal.services.cases import decisions, queue
from portal.services.certificates import config
from portal.services.certificates.issue import issue_certificates
from portal.services.certificates.public_url import set_public_url
from portal.services.publication import lists
from portal.store import audit
from portal.store.db import DB_FILE, Database, close_all
from tests.services.publication.passers import CONTACT
from tests.services.world import World


@pytest.fixture
def story(tmp_path, monkeypatch):
    """A 长沙 case submitted, passed with an acknowledgement, published, finalised and certified,
    on a file database; another case left submitted; the head checkpointed when closed."""
    home = tmp_path / "home"
    db = Database(home)
    db.migrate()
    world = World(db, tmp_path, monkeypatch)
    passed, waiting = world.changsha[:2]
    world.submit(passed)
    world.submit(waiting)
    queue.claim_case(db, world.staff["cs1"], passed)
    decisions.pass_case(db, world.staff["cs1"], passed, acknowledgements=world.acknowledged(passed))
    row = lists.build_pass_list(db, world.admin, exam="economics", exam_year=2021, city="4301")
    lists.review_pass_list(db, world.admin, row["id"])
    lists.publish_pass_list(db, world.admin, row["id"], **CONTACT)
    world.clock.advance(days=30)
    lists.finalise_pass_list(db, world.admin, row["id"])
    config.set_issuing_unit(db, world.admin, user_id=world.admin.user_id, unit_code="4301",
                            body_name="长沙市人力资源和社会保障局")
    set_public_url(db, world.admin, "https://zhicheng.example.gov.cn")
    issue_certificates(db, world.admin, obtained_on=dt.date(2021, 10, 23), series="05", list_id=row["id"])
    db.close()
    close_all()
    world.home, world.passed, world.waiting = home, passed, waiting
    return world


def verify(home, capsys):
    close_all()
    code = main(["--home", str(home), "audit", "verify"])
    out = capsys.readouterr()
    close_all()
    assert "Traceback" not in out.err
    return code, out.out.strip()


def tamper(home, *statements, params=None):
    con = duckdb.connect(str(home / DB_FILE))
    for sql in statements:
        con.execute(sql, params or {})
    con.close()


def head(home):
    close_all()
    con = duckdb.connect(str(home / DB_FILE), read_only=True)
    try:
        return con.execute("SELECT seq, hash FROM audit_head").fetchone()
    finally:
        con.close()


def test_the_untouched_story_verifies_with_its_event_count(story, capsys):
    code, out = verify(story.home, capsys)
    assert code == 0 and out == f"audit chain ok: {head(story.home)[0]} events"


@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_editing_any_event_is_detected_at_that_event(story, capsys, where):
    n = head(story.home)[0]
    seq = {"first": 1, "middle": n // 2, "last": n}[where]
    tamper(story.home, f"UPDATE audit_events SET actor = 'user:99' WHERE seq = {seq}")
    assert verify(story.home, capsys) == (1, f"audit chain broken at event {seq}: event {seq}: content does not "
                                             f"match its keyed hash (edited or re-hashed)")


@pytest.mark.parametrize("where", ["first", "middle"])
def test_deleting_any_event_is_detected(story, capsys, where):
    seq = 1 if where == "first" else head(story.home)[0] // 2
    tamper(story.home, f"DELETE FROM audit_events WHERE seq = {seq}")
    code, out = verify(story.home, capsys)
    assert code == 1 and f"event {seq}" in out


def test_deleting_the_last_events_and_resetting_the_head_is_caught_by_the_signed_checkpoint(story, capsys):
    n, _ = head(story.home)
    con = duckdb.connect(str(story.home / DB_FILE))
    kept_hash = con.execute("SELECT hash FROM audit_events WHERE seq = $s", {"s": n - 5}).fetchone()[0]
    # a careful attacker: events, their row digests and the head go back five steps, and every row
    # those events covered is put back as the earlier events recorded it is not needed to be caught
    con.execute("DELETE FROM audit_events WHERE seq > $s", {"s": n - 5})
    con.execute("DELETE FROM audit_row_digests WHERE seq > $s", {"s": n - 5})
    con.execute("UPDATE audit_head SET seq = $s, hash = $h", {"s": n - 5, "h": kept_hash})
    con.close()
    code, out = verify(story.home, capsys)
    assert code == 1 and out.startswith("audit "), out  # the rows those events covered or the checkpoint


def test_a_truncated_chain_of_events_without_rows_is_caught_by_the_checkpoint_alone(tmp_path, capsys, monkeypatch):
    home = tmp_path / "home"
    db = Database(home)
    db.migrate()
    for n in range(10):
        with db.transaction() as cur:
            audit.append(cur, actor="user:1", role="admin", action="note", entity="note", entity_id=n,
                         before=None, after={"n": n})
    db.close()
    con = duckdb.connect(str(home / DB_FILE))
    kept = con.execute("SELECT hash FROM audit_events WHERE seq = 5").fetchone()[0]
    con.execute("DELETE FROM audit_events WHERE seq > 5")
    con.execute("UPDATE audit_head SET seq = 5, hash = $h", {"h": kept})
    con.close()
    code, out = verify(home, capsys)
    assert code == 1 and "event 6: deleted (signed checkpoint" in out and "records 10 events, the database 5" in out


def test_rehashing_the_chain_after_an_edit_with_plain_sha256_is_detected(story, capsys):
    con = duckdb.connect(str(story.home / DB_FILE))
    rows = con.execute("SELECT seq, occurred_at, actor, role, action, entity, entity_id, before_json, after_json, "
                       "row_digest FROM audit_events WHERE seq >= 3 ORDER BY seq").fetchall()
    prev = con.execute("SELECT hash FROM audit_events WHERE seq = 2").fetchone()[0]
    for seq, at, actor, role, action, entity, entity_id, bj, aj, rows_digest in rows:
        actor = "user:99" if seq == 3 else actor
        content = audit._content(seq, at, actor, role, action, entity, entity_id, bj, aj, rows_digest)
        digest = hashlib.sha256((prev + audit.canonical(content)).encode()).hexdigest()
        con.execute("UPDATE audit_events SET actor = $a, prev_hash = $p, hash = $h WHERE seq = $s",
                    {"a": actor, "p": prev, "h": digest, "s": seq})
        prev = digest
    con.execute("UPDATE audit_head SET hash = $h", {"h": prev})
    con.close()
    code, out = verify(story.home, capsys)
    assert code == 1 and out.startswith("audit chain broken at event 3:")


@pytest.mark.parametrize("kind, sql", [
    ("case", "UPDATE cases SET state = 'passed' WHERE id = {waiting}"),
    ("candidate", "UPDATE candidates SET phone = '13900000000' WHERE id = (SELECT candidate_id FROM cases WHERE id = {passed})"),
    ("certificate", "UPDATE certificates SET name = '李四'"),
    ("pass_list_entry", "UPDATE pass_list_entries SET name = '李四'"),
    ("decision", "UPDATE review_ops SET after_json = '{{}}'"),
    ("certificate", "INSERT INTO certificates SELECT * REPLACE (id + 100 AS id, cert_no || 'X' AS cert_no) FROM certificates"),
])
def test_changing_a_record_row_behind_the_portal_is_detected_naming_the_row(story, capsys, kind, sql):
    tamper(story.home, sql.format(waiting=story.waiting, passed=story.passed))
    code, out = verify(story.home, capsys)
    assert code == 1 and out.startswith(f"audit records broken: {kind} "), out


def test_changing_the_recorded_row_digests_is_detected(story, capsys):
    tamper(story.home, "UPDATE audit_row_digests SET digest = 'x' WHERE kind = 'case'")
    code, out = verify(story.home, capsys)
    assert code == 1 and "row digests it recorded were changed" in out


def test_a_flipped_byte_in_the_database_file_is_detected(story, capsys):
    path = story.home / DB_FILE
    data = bytearray(path.read_bytes())
    anchors = (story.home / "audit" / "checkpoints.jsonl").read_text(encoding="utf-8")
    detected = 0
    offsets = range(4096, len(data), max(len(data) // 16, 1))
    for offset in offsets:  # each flip on the file as the portal closed it (a fresh copy of its home)
        (story.home / "audit" / "checkpoints.jsonl").write_text(anchors, encoding="utf-8")
        copy = bytearray(data)
        copy[offset] ^= 0x01
        path.write_bytes(copy)
        code, out = verify(story.home, capsys)
        detected += code == 1
        assert code in (0, 1)
    assert detected == len(offsets), f"{detected} of {len(offsets)} flips detected"


def test_the_exported_checkpoint_is_the_signed_head(story, capsys, tmp_path):
    assert main(["--home", str(story.home), "audit", "checkpoint", "--export", str(tmp_path / "cp.json")]) == 0
    entry = json.loads((tmp_path / "cp.json").read_text(encoding="utf-8"))
    assert (entry["count"], entry["hash"]) == head(story.home) and entry["signature"] and entry["public_key"]
    assert "PRIVATE" not in (tmp_path / "cp.json").read_text(encoding="utf-8")
