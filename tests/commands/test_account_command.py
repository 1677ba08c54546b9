"""`portal account …`: list with state, disable/enable, reset to a temporary password, unlock,
set-cities; one-line errors."""
import pytest

from portal.cli import main
from portal.domain.errors import InvalidInput, PermissionDenied
from portal.services.people import accounts
from portal.store.db import close_all, open_database


@pytest.fixture
def home(tmp_path):
    path = tmp_path / "home"
    assert main(["--home", str(path), "account", "add", "zz9", "--role", "reviewer", "--name", "株洲九",
                 "--cities", "株洲市", "--password", "Passw0rd1"]) == 0
    yield path
    close_all()


def run(home, capsys, *argv):
    status = main(["--home", str(home), "account", *argv])
    out = capsys.readouterr()
    return status, out.out, out.err


def test_list_shows_enabled_disabled_and_locked(home, capsys):
    capsys.readouterr()
    assert "启用" in run(home, capsys, "list")[1]
    db = open_database(home)
    for _ in range(5):
        with pytest.raises(InvalidInput):
            accounts.login(db, "zz9", "wrong-pass1", client="10.1.1.1")
    status, out, _ = run(home, capsys, "list")
    assert status == 0 and "锁定" in out
    assert run(home, capsys, "unlock", "zz9")[0] == 0
    assert "锁定" not in run(home, capsys, "list")[1]
    assert run(home, capsys, "disable", "zz9")[0] == 0
    assert "停用" in run(home, capsys, "list")[1]
    with pytest.raises(PermissionDenied, match="停用"):
        accounts.login(db, "zz9", "Passw0rd1")
    assert run(home, capsys, "enable", "zz9")[0] == 0
    assert accounts.login(db, "zz9", "Passw0rd1").role == "reviewer"


def test_reset_password_prints_a_temporary_password_that_must_be_changed(home, capsys):
    db = open_database(home)
    before = accounts.login(db, "zz9", "Passw0rd1")
    status, out, _ = run(home, capsys, "reset-password", "zz9")
    temporary = out.strip().splitlines()[-1].split(": ", 1)[1]
    assert status == 0 and len(temporary) >= 8
    with pytest.raises(InvalidInput):
        accounts.login(db, "zz9", "Passw0rd1")
    assert accounts.login(db, "zz9", temporary).must_change_password
    from portal.services.people import sessions
    assert sessions.resolve(db, before.token) is None


def test_set_cities_and_one_line_errors(home, capsys):
    assert run(home, capsys, "set-cities", "zz9", "4301,株洲市")[0] == 0
    assert set(accounts.login(open_database(home), "zz9", "Passw0rd1").cities) == {"4301", "4302"}
    status, out, err = run(home, capsys, "disable", "nobody")
    assert status == 2 and err.strip() == "error: 账号不存在：nobody" and "Traceback" not in err
    status, _, err = run(home, capsys, "set-cities", "zz9", "火星市")
    assert status == 2 and len(err.strip().splitlines()) == 1


def test_set_role_changes_the_role_and_ends_the_sessions(home, capsys):
    db = open_database(home)
    before = accounts.login(db, "zz9", "Passw0rd1")
    status, out, _ = run(home, capsys, "set-role", "zz9", "admin")
    assert status == 0 and out.strip() == "account zz9: role admin"
    from portal.services.people import sessions
    assert sessions.resolve(db, before.token) is None
    assert accounts.login(db, "zz9", "Passw0rd1").role == "admin"
    status, _, err = run(home, capsys, "set-role", "zz9", "root")
    assert status == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
