"""Shared fixtures: an in-memory database built from the real migrations, a world of cities, staff and
cases on it, test-sized argon2, the calendar package pinned to the years it knows, and the demo home
built once per session (tests copy it; see tests.demo_home)."""
import pytest
from argon2 import PasswordHasher

from portal.services.people import passwords
from portal.store.db import Database
from tests import demo_home


@pytest.fixture
def db():
    database = Database(":memory:")
    database.migrate()
    yield database
    database.close()


@pytest.fixture
def world(db, tmp_path, monkeypatch):
    from tests.services.world import World
    return World(db, tmp_path, monkeypatch)


@pytest.fixture(autouse=True)
def cheap_argon2(monkeypatch):
    """Still argon2id, with test-sized cost (the default costs ~0.1-0.7 s per hash on this machine)."""
    monkeypatch.setattr(passwords, "_hasher", PasswordHasher(**demo_home.TEST_ARGON2))


@pytest.fixture(autouse=True)
def calendar_known_through_2026(monkeypatch):
    """Tests about years the calendar package does not know use 2027: pin the package's range to
    2004–2026 (chinesecalendar 1.11) so a newer release that knows 2027 does not change them."""
    from portal.publish import workdays
    monkeypatch.setattr(workdays, "KNOWN_YEARS", (2004, 2026))


@pytest.fixture
def key_home(tmp_path, monkeypatch):
    """The signing key of an in-memory database lives under $PORTAL_HOME."""
    home = tmp_path / "home"
    monkeypatch.setenv("PORTAL_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """The demo home every test that needs the demo copies (`demo_home.copy`); never used in place: the
    session fails at its end if a test wrote into it."""
    template = demo_home.build(tmp_path_factory.mktemp("demo") / "home")
    before = demo_home.fingerprint(template)
    yield template
    assert demo_home.fingerprint(template) == before, f"a test changed the shared demo home {template}"
