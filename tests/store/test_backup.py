"""Backup and restore: database and files together; incomplete, tampered or newer backups refused."""
import json
import subprocess
import sys

import pytest

from portal.store import backup, backup_check, backup_manifest, backup_restore
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
        backup_check.check(target, home)
    manifest = json.loads((target / "manifest.json").read_text())
    assert manifest["schema_version"] == 99


def test_a_backup_never_overwrites_an_existing_target(home, tmp_path):
    (tmp_path / "bk").mkdir()
    out = portal(home, "backup", str(tmp_path / "bk"))
    assert out.returncode == 2 and "已存在" in out.stderr


def _backup(home, tmp_path, name="bk"):
    db = open_database(home)
    manifest = backup.create(db, tmp_path / name)
    close_all()
    return tmp_path / name, manifest


def _resign(target, manifest, home):
    """What an attacker who can write the backup can do: recompute the digests (not the signature)."""
    for entry in manifest["files"]:
        path = target / entry["path"]
        entry["size"], entry["sha256"] = path.stat().st_size, backup_manifest.digest(path)
    (target / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")


def _signed_by_home(target, manifest, home):
    """As if the home's own key had signed it: the structural checks below the signature still refuse."""
    import base64

    from portal.store import keys
    manifest["signature"] = base64.b64encode(keys.checkpoint_key(home).sign(backup_manifest.signed_bytes(manifest))).decode()
    (target / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def _edit_database(target, manifest, home):
    import duckdb
    con = duckdb.connect(str(target / "portal.duckdb"))
    con.execute("UPDATE candidates SET phone = '13900000000'")
    con.close()
    _resign(target, manifest, home)


def _replace_key(target, manifest, home):
    (target / "files" / "keys").mkdir(parents=True, exist_ok=True)
    (target / "files" / "keys" / "certificate-signing-ed25519.pem").write_text("-----BEGIN PRIVATE KEY-----\n")
    manifest["files"].append({"path": "files/keys/certificate-signing-ed25519.pem", "size": 0, "sha256": ""})
    _resign(target, manifest, home)


def _remove_file(target, manifest, home):
    (target / "files" / "uploads" / "ab" / "scan.pdf").unlink()


def _symlink(target, manifest, home):
    (target / "files" / "uploads" / "passwd").symlink_to("/etc/passwd")
    manifest["files"].append({"path": "files/uploads/passwd", "size": 1, "sha256": "x"})
    _signed_by_home(target, manifest, home)


def _dotdot(target, manifest, home):
    manifest["files"][0]["path"] = "files/../../outside.txt"
    _signed_by_home(target, manifest, home)


def _absolute(target, manifest, home):
    manifest["files"][0]["path"] = "/etc/passwd"
    _signed_by_home(target, manifest, home)


def _no_digest(target, manifest, home):
    del manifest["files"][0]["sha256"]
    _signed_by_home(target, manifest, home)


def _garbage_database(target, manifest, home):
    (target / "portal.duckdb").write_bytes(b"not a database at all" * 100)
    _resign(target, manifest, home)


def _newer_schema(target, manifest, home):
    manifest["schema_version"] = 99
    _signed_by_home(target, manifest, home)


def _foreign_signer(target, manifest, home):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    manifest["signature"] = __import__("base64").b64encode(Ed25519PrivateKey.generate().sign(backup_manifest.signed_bytes(manifest))).decode()
    (target / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


@pytest.mark.parametrize("tampering, message", [
    (_edit_database, "签名无效"), (_replace_key, "签名无效"), (_remove_file, "缺少文件"), (_symlink, "符号链接"),
    (_dotdot, "不安全的路径"), (_absolute, "不安全的路径"), (_no_digest, "缺少大小或摘要"),
    (_garbage_database, "签名无效"), (_newer_schema, "更新版本"), (_foreign_signer, "签名无效"),
])
def test_a_tampered_backup_is_refused_in_one_line_and_the_home_is_untouched(home, tmp_path, tampering, message):
    target, manifest = _backup(home, tmp_path)
    before = sorted(str(p.relative_to(home)) for p in home.rglob("*"))
    tampering(target, manifest, home)
    with pytest.raises(backup.BackupError, match=message) as refused:
        backup_restore.restore(target, home)
    assert "\n" not in str(refused.value)
    assert sorted(str(p.relative_to(home)) for p in home.rglob("*")) == before
    assert not [p for p in tmp_path.iterdir() if ".restoring-" in p.name]
    assert not (home / "uploads" / "passwd").exists()


def test_a_garbage_database_signed_by_the_home_is_refused_without_a_traceback_or_leftovers(home, tmp_path):
    target, manifest = _backup(home, tmp_path)
    (target / "portal.duckdb").write_bytes(b"not a database at all" * 100)
    _resign(target, manifest, home)
    from portal.store import keys
    manifest["signature"] = __import__("base64").b64encode(
        keys.checkpoint_key(home).sign(backup_manifest.signed_bytes(manifest))).decode()
    (target / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    out = portal(home, "restore", str(target))
    assert out.returncode == 2 and "无法打开" in out.stderr and "Traceback" not in out.stderr
    assert not [p for p in tmp_path.iterdir() if ".restoring-" in p.name]


def test_no_backup_file_holds_a_private_key(home, tmp_path):
    from portal.store import keys
    key_pem = (home / keys.CHECKPOINT_KEY).read_bytes() if (home / keys.CHECKPOINT_KEY).exists() else b""
    hmac_key = (home / keys.AUDIT_KEY).read_bytes()
    target, _ = _backup(home, tmp_path)
    raw = keys.checkpoint_key(home).private_bytes_raw()
    for path in target.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"PRIVATE KEY" not in data and raw not in data and hmac_key not in data, path
            assert not key_pem or key_pem not in data
