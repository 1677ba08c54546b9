"""Sealing a case event reads that case's rows, not whole tables: with many decisions stored, the
digest query finds the case's review operations through an index."""
import json

from portal.store import audit, audit_sealer
from portal.store.queries import q


def _scans(cur, tmp_path, case_id):
    """(table, rows scanned) of every table scan the case's row-digest query makes."""
    out = tmp_path / "profile.json"
    cur.execute("PRAGMA enable_profiling = 'json'")
    cur.execute(f"SET profiling_output = '{out}'")
    try:
        cur.execute(q("insert_audit_rows_of_case"), {"seq": 10_000_000, "id": case_id}).fetchall()
    finally:
        cur.execute("PRAGMA disable_profiling")
    found = []

    def walk(node):
        if node.get("type") == "TABLE_SCAN":
            found.append((node["extra_info"]["Table"].rsplit(".", 1)[-1], node["rows_scanned"]))
        for child in node.get("children", []):
            walk(child)

    profile = json.loads(out.read_text(encoding="utf-8"))
    for node in profile.get("operator", profile.get("children", [])):
        walk(node)
    return found


def test_a_case_event_reads_only_its_own_decisions(db, tmp_path):
    with db.transaction() as cur:
        cur.execute("INSERT INTO cases (id, candidate_id, exam, level, exam_year, city, state, created_at, updated_at) "
                    "SELECT i, i, 'economics', 'intermediate', 2021, '4301', 'submitted', now(), now() "
                    "FROM range(1, 5001) t(i)")
        cur.execute("INSERT INTO review_ops (id, case_id, op, actor_id, done_at, before_json, after_json) "
                    "SELECT i, 1 + i % 5000, 'return', 101, now(), '{}', '{\"state\":\"returned\"}' "
                    "FROM range(1, 60001) t(i)")
        audit.append(cur, actor="user:101", role="reviewer", action="return", entity="case", entity_id=77,
                     before={"state": "in_review"}, after={"state": "returned"})
    with db.transaction() as cur:
        scans = _scans(cur, tmp_path, 77)
        cur.execute("ROLLBACK")  # the profiled insert is not kept
        cur.execute("BEGIN TRANSACTION")
    decisions = [rows for table, rows in scans if table == "review_ops"]
    assert decisions and max(decisions) <= 12, scans  # the case's 12 operations, not all 60,000
    audit_sealer.flush(db)
    with db.read() as cur:
        recorded = cur.execute("SELECT kind, count(*) FROM audit_row_digests GROUP BY kind ORDER BY kind").fetchall()
        assert recorded == [("case", 1), ("decision", 12)]
