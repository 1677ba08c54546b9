"""An install upgraded from the unkeyed SHA-256 chain: `portal audit verify` fails until `portal audit
rekey` has verified the old chain under its own scheme and re-sealed it under the HMAC key; tampering
from before the upgrade is refused, never sealed."""
import duckdb
import pytest

from portal.cli import main
from portal.store import audit, audit_rekey
from portal.store.db import DB_FILE, close_all
from portal.store.queries import q
from tests.services.factory import make_row, write_csv


def run(capsys, home, *argv):
    close_all()
    code = main(["--home", str(home), *argv])
    out = capsys.readouterr()
    close_all()
    assert "Traceback" not in out.err + out.out and out.err.count("\n") <= 1
    return code, (out.out + out.err).strip()


def make_unkeyed(home):
    """Turn every event of the database into what the unkeyed chain wrote: SHA-256 over the previous
    hash and the event, no row digests (the column did not exist)."""
    con = duckdb.connect(str(home / DB_FILE))
    prev = audit.GENESIS
    for row in con.execute(q("select_audit_events")).fetchall():
        content = audit._content(*row[:9], None)
        digest = audit_rekey.legacy_hash(prev, content)
        con.execute("UPDATE audit_events SET prev_hash = $p, hash = $h, row_digest = NULL WHERE seq = $s",
                    {"p": prev, "h": digest, "s": row[0]})
        prev = digest
    con.execute("DELETE FROM audit_row_digests")
    con.execute("UPDATE audit_head SET hash = $h", {"h": prev})
    con.close()
    (home / "audit" / "checkpoints.jsonl").unlink(missing_ok=True)  # the old install kept none


@pytest.fixture
def upgraded(tmp_path, capsys):
    """Two imports under the old scheme, then one more by the upgraded portal (keyed, chained onto them)."""
    home = tmp_path / "home"
    assert run(capsys, home, "import-candidates", str(write_csv(tmp_path / "a.csv", [make_row(1), make_row(2)])))[0] == 0
    assert run(capsys, home, "import-candidates", str(write_csv(tmp_path / "b.csv", [make_row(3)])))[0] == 0
    make_unkeyed(home)
    assert run(capsys, home, "import-candidates", str(write_csv(tmp_path / "c.csv", [make_row(4)])))[0] == 0
    return home


def events(home):
    con = duckdb.connect(str(home / DB_FILE), read_only=True)
    try:
        return con.execute("SELECT seq, action, hash, after_json FROM audit_events ORDER BY seq").fetchall()
    finally:
        con.close()


def test_an_upgraded_install_fails_verify_until_rekeyed_then_verifies_with_the_old_head_recorded(upgraded, capsys):
    code, out = run(capsys, upgraded, "audit", "verify")
    assert code == 1 and "portal audit rekey" in out
    before = events(upgraded)
    code, out = run(capsys, upgraded, "audit", "rekey")
    assert code == 0 and "2 events of the unkeyed chain verified" in out, out
    after = events(upgraded)
    assert [e[:2] for e in after[:-1]] == [e[:2] for e in before] and after[-1][1] == "audit.rekey"
    assert f'"old_head_hash":"{before[-1][2]}"' in after[-1][3] and f'"old_head_seq":{len(before)}' in after[-1][3]
    assert run(capsys, upgraded, "audit", "verify") == (0, f"audit chain ok: {len(before) + 1} events")
    code, out = run(capsys, upgraded, "audit", "rekey")
    assert code == 1 and "nothing to re-key" in out


@pytest.mark.parametrize("tampering, why", [
    ("UPDATE audit_events SET after_json = replace(after_json, 'accepted', 'acceptex') WHERE seq = 1", "event 1"),
    ("DELETE FROM audit_events WHERE seq = 2", "event 2"),
    ("UPDATE cases SET state = 'passed' WHERE id = (SELECT max(id) FROM cases)", "edited behind the portal"),
    ("UPDATE audit_head SET seq = seq - 1", "deleted"),
])
def test_tampering_before_the_rekey_is_refused_and_nothing_changes(upgraded, capsys, tampering, why):
    con = duckdb.connect(str(upgraded / DB_FILE))
    con.execute(tampering)
    con.close()
    before = events(upgraded)
    code, out = run(capsys, upgraded, "audit", "rekey")
    assert code == 1 and "未作任何修改" in out and why in out, out
    assert events(upgraded) == before
    assert run(capsys, upgraded, "audit", "verify")[0] == 1
