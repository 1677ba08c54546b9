"""`portal keys export|import` and a restore into a new home: the backup names the keys it needs, a
home without them is told to run `portal keys import`, and after the import the restore verifies."""
import io
import sys

import pytest

from portal import cli
from portal.store import key_bundle, keys
from portal.store.db import close_all
from tests.services.factory import make_row, write_csv

PASS = "备份口令 kept apart 2026"


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch):
    monkeypatch.setattr(key_bundle, "SCRYPT", {"n": 2**10, "r": 8, "p": 1})
    yield
    close_all()


def run(capsys, home, *argv):
    status = cli.main(["--home", str(home), *argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and err.count("\n") <= 1, err
    return status, out, err


@pytest.fixture
def exported(tmp_path, capsys):
    home = tmp_path / "a"
    assert run(capsys, home, "import-candidates", str(write_csv(tmp_path / "l.csv", [make_row(1), make_row(2)])))[0] == 0
    (tmp_path / "pass.txt").write_text(PASS + "\n", encoding="utf-8")
    status, out, err = run(capsys, home, "keys", "export", str(tmp_path / "keys.enc"),
                           "--passphrase-file", str(tmp_path / "pass.txt"))
    assert status == 0, err
    assert PASS not in out + err and keys.key_ids(home)["audit_key"] in out
    return home


def test_a_backup_restores_into_a_new_home_only_after_its_keys_are_imported(exported, tmp_path, capsys):
    status, out, _ = run(capsys, exported, "backup", str(tmp_path / "bk"))
    ids = keys.key_ids(exported)
    assert status == 0 and ids["audit_key"] in out and ids["checkpoint_key"] in out and "not in the backup" in out
    new = tmp_path / "b"
    status, _, err = run(capsys, new, "restore", str(tmp_path / "bk"))
    assert status == 2 and "portal keys import" in err and ids["checkpoint_key"] in err
    assert not new.exists() or not any(new.iterdir())
    status, out, err = run(capsys, new, "keys", "import", str(tmp_path / "keys.enc"),
                           "--passphrase-file", str(tmp_path / "pass.txt"))
    assert status == 0, err
    assert keys.key_ids(new) == ids
    assert run(capsys, new, "restore", str(tmp_path / "bk"))[0] == 0
    assert run(capsys, new, "audit", "verify")[1].strip() == "audit chain ok: 1 events"


def test_a_wrong_passphrase_is_one_chinese_line_exit_1_and_writes_nothing(exported, tmp_path, capsys):
    (tmp_path / "wrong.txt").write_text("not the passphrase at all\n", encoding="utf-8")
    status, out, err = run(capsys, tmp_path / "b", "keys", "import", str(tmp_path / "keys.enc"),
                           "--passphrase-file", str(tmp_path / "wrong.txt"))
    assert status == 1 and "口令错误" in err and "not the passphrase" not in out + err
    assert not (tmp_path / "b").exists() or not any((tmp_path / "b").iterdir())


def test_different_keys_in_place_need_replace(exported, tmp_path, capsys):
    other = tmp_path / "c"
    assert run(capsys, other, "init")[0] == 0
    close_all()
    before = keys.key_ids(other)
    argv = ["keys", "import", str(tmp_path / "keys.enc"), "--passphrase-file", str(tmp_path / "pass.txt")]
    status, _, err = run(capsys, other, *argv)
    assert status == 1 and "--replace" in err and keys.key_ids(other) == before
    assert run(capsys, other, *argv, "--replace")[0] == 0
    assert keys.key_ids(other) == keys.key_ids(exported)


def test_the_passphrase_is_typed_twice_on_a_terminal(exported, tmp_path, capsys, monkeypatch):
    typed = iter(["长口令 typed once 2026", "长口令 typed twice 2026"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(typed))
    monkeypatch.setattr(sys, "stdin", type("Tty", (io.StringIO,), {"isatty": lambda self: True})())
    status, _, err = run(capsys, exported, "keys", "export", str(tmp_path / "again.enc"))
    assert status == 2 and "不一致" in err and not (tmp_path / "again.enc").exists()
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASS))  # not a terminal: never read a passphrase from a pipe
    status, _, err = run(capsys, exported, "keys", "export", str(tmp_path / "again.enc"))
    assert status == 2 and "--passphrase-file" in err and not (tmp_path / "again.enc").exists()


def test_keys_export_and_import_are_never_sent_to_a_running_portal(monkeypatch, tmp_path):
    monkeypatch.setattr(cli.control, "forward", lambda *a, **k: pytest.fail("forwarded"))
    args = cli.build_parser().parse_args(["keys", "import", "x"])
    assert cli._local(args) and not cli._local(cli.build_parser().parse_args(["keys", "rotate"]))
