"""The public verification address: entered by an administrator, never localhost; issuing is
refused, naming the setting, until it is set; certificates print it."""
import datetime as dt

import pytest

from portal.cli import main
from portal.domain.errors import Conflict, InvalidInput, PermissionDenied
from portal.services.certificates import common, config, public_url
from portal.services.certificates.issue import issue_certificates
from portal.services.people.auth import Principal
from portal.store import audit
from portal.store.db import close_all
from tests.services.publication.passers import final_list, province_admin


@pytest.mark.parametrize("url", ["http://localhost:8501", "https://127.0.0.1", "http://[::1]:8501", "https://0.0.0.0",
                                 "ftp://zhicheng.example.gov.cn", "zhicheng.example.gov.cn", "https://app.localhost",
                                 "https://x.gov.cn/?a=1", ""])
def test_a_local_or_malformed_address_is_refused_and_nothing_is_stored(db, url):
    with pytest.raises(InvalidInput):
        public_url.set_public_url(db, province_admin(), url)
    assert public_url.public_url(db) is None


def test_only_an_administrator_sets_it_and_the_change_is_audited(db):
    with pytest.raises(PermissionDenied):
        public_url.set_public_url(db, Principal(5, "reviewer", ("4301",), "审核员"), "https://zhicheng.example.gov.cn")
    assert public_url.set_public_url(db, province_admin(), " https://zhicheng.example.gov.cn/ ") == \
        "https://zhicheng.example.gov.cn"
    with db.read() as cur:
        trail = audit.trail(cur, "setting", "public_url")
    assert [e["after"] for e in trail] == [{"value": "https://zhicheng.example.gov.cn"}]


def test_issuing_is_refused_naming_the_setting_until_it_is_set_and_then_the_pdf_prints_it(db, tmp_path, key_home):
    list_id, _ = final_list(db, tmp_path, 2)
    admin = province_admin()
    with db.transaction() as cur:  # as on an install where nobody entered it yet
        cur.execute("DELETE FROM settings")
    config.set_issuing_unit(db, admin, user_id=admin.user_id, unit_code="4301", body_name="长沙市人力资源和社会保障局")
    with pytest.raises(Conflict, match="public_url"):
        issue_certificates(db, admin, obtained_on=dt.date(2026, 10, 18), series="05", list_id=list_id)
    with db.read() as cur:
        assert cur.execute("SELECT count(*) FROM certificates").fetchone()[0] == 0
    public_url.set_public_url(db, admin, "https://zhicheng.example.gov.cn")
    no = issue_certificates(db, admin, obtained_on=dt.date(2026, 10, 18), series="05", list_id=list_id)["issued"][0][1]
    assert common.verify_url(db, no) == f"https://zhicheng.example.gov.cn/verify?no={no}"
    from portal.certs.pdf import page_text
    assert "zhicheng.example.gov.cn/verify" in "".join(page_text(common.certificate_pdf(db, admin, no)).split())


def test_the_settings_command_sets_shows_and_refuses_localhost(tmp_path, capsys):
    home = str(tmp_path / "home")
    assert main(["--home", home, "settings", "set", "public_url", "http://localhost:8501"]) == 2
    assert "本机地址" in capsys.readouterr().err
    assert main(["--home", home, "settings", "set", "public_url", "https://zhicheng.example.gov.cn"]) == 0
    assert main(["--home", home, "settings", "show"]) == 0
    assert "public_url = https://zhicheng.example.gov.cn" in capsys.readouterr().out
    assert main(["--home", home, "settings", "set", "colour", "red"]) == 2
    close_all()
