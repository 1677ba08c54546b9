"""Backup and restore: database and files together; incomplete, tampered or newer backups refused."""
import json
import subprocess
import sys

import pytest

from portal.store import backup
from portal.store.db import close_all, open_database
from portal.store.queries import q
from tests.services.factory import make_row, write_csv


def portal(home, *args):
    return subprocess.run([sys.executable, "-m", "portal", "--home", str(home), *args],
                          capture_output=True, text=True)


@pytest.fixture
def home(tmp_path):
    home = tmp_path / "home"
    assert portal(home, "import-candidates", str(write_csv(tmp_path / "l.csv", [make_row(1), make_row(2)]))).returncode == 0
    (home / "uploads" / "ab").mkdir(parents=True)
    (home / "uploads" / "ab" / "scan.pdf").write_bytes(b"%PDF-1.4 fake scan bytes")
    return home


def test_a_backup_restores_the_database_and_files_after_they_changed(home, tmp_path):
    out = portal(home, "backup", str(tmp_path / "bk"))
    assert out.returncode == 0, out.stderr
    portal(home, "import-candidates", str(write_csv(tmp_path / "m.csv", [make_row(3)])))
    (home / "uploads" / "ab" / "scan.pdf").unlink()
    out = portal(home, "restore", str(tmp_path / "bk"))
    assert out.returncode == 0, out.stderr
    assert (home / "uploads" / "ab" / "scan.pdf").read_bytes() == b"%PDF-1.4 fake scan bytes"
    db = open_database(home)
    with db.read() as cur:
        assert cur.execute("SELECT count(*) FROM cases").fetchone()[0] == 2
    close_all()
    assert portal(home, "audit", "verify").stdout.strip() == "audit chain ok: 1 events"
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("home.before-restore-")]
    assert len(kept) == 1 and (kept[0] / "portal.duckdb").exists()


def test_a_backup_missing_a_file_is_refused_and_nothing_changes(home, tmp_path):
    portal(home, "backup", str(tmp_path / "bk"))
    (tmp_path / "bk" / "files" / "uploads" / "ab" / "scan.pdf").unlink()
    out = portal(home, "restore", str(tmp_path / "bk"))
    assert out.returncode == 2 and "缺少文件 files/uploads/ab/scan.pdf" in out.stderr
    assert (home / "uploads" / "ab" / "scan.pdf").exists()


def test_a_tampered_database_in_the_backup_is_refused(home, tmp_path):
    portal(home, "backup", str(tmp_path / "bk"))
    with open(tmp_path / "bk" / "portal.duckdb", "ab") as fh:
        fh.write(b"x")
    assert "已损坏" in portal(home, "restore", str(tmp_path / "bk")).stderr


def test_a_backup_from_a_newer_schema_is_refused(home, tmp_path):
    db = open_database(home)
    with db.transaction() as cur:
        cur.execute(q("insert_schema_migration"), {"version": 99, "name": "0099_future.sql"})
    target = tmp_path / "bk"
    backup.create(db, target)
    close_all()
    with pytest.raises(backup.BackupError, match="更新版本"):
        backup.check(target)
    manifest = json.loads((target / "manifest.json").read_text())
    assert manifest["schema_version"] == 99


def test_a_backup_never_overwrites_an_existing_target(home, tmp_path):
    (tmp_path / "bk").mkdir()
    out = portal(home, "backup", str(tmp_path / "bk"))
    assert out.returncode == 2 and "已存在" in out.stderr
