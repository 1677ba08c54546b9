"""The runtime directory a new installation gets."""
import stat

from portal.config import portal_home


def test_a_new_portal_home_is_the_owners_alone(tmp_path, monkeypatch):
    monkeypatch.setenv("PORTAL_HOME", str(tmp_path / "bureau" / "home"))
    home = portal_home()
    assert home.is_dir() and stat.S_IMODE(home.stat().st_mode) == 0o700
    assert portal_home() == home  # an existing home is taken as it is
