"""`portal cert check-pdf FILE` prints 有效 / 已撤销 / 未查到 / 已篡改 and exits 0 / 3 / 4 / 1; bad input gets
one line; `portal keys rotate` makes new keys while earlier downloads keep verifying."""
import datetime as dt
from types import SimpleNamespace

import pytest

from portal.certs import pades, pdf_keys, signing
from portal.certs.pdf import render_certificate
from portal.cli import main
from portal.services.certificates import common, config
from portal.services.certificates.issue import issue_certificates
from portal.services.certificates.revoke import revoke_certificate
from portal.store import clock
from portal.store.db import close_all, open_database
from tests.certs import tamper
from tests.services.publication.passers import final_list, province_admin


@pytest.fixture
def portal(capsys):
    def run(home, *args):
        code = main(["--home", str(home), *args])
        out = capsys.readouterr()
        return SimpleNamespace(returncode=code, stdout=out.out, stderr=out.err)
    yield run
    close_all()


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """A home with two issued certificates (the second revoked) and PDFs of every kind of answer."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(clock, "now", lambda: dt.datetime(2026, 11, 24, 10, 0))
        return _files(tmp_path_factory.mktemp("cli"))


def _files(tmp_path):
    home, admin = tmp_path / "home", province_admin()
    db = open_database(home)
    list_id, _ = final_list(db, tmp_path, 2)
    config.set_issuing_unit(db, admin, user_id=admin.user_id, unit_code="4301", body_name="长沙市人力资源和社会保障局")
    first, second = (n for _, n in issue_certificates(db, admin, obtained_on=dt.date(2026, 10, 18), series="05",
                                                      list_id=list_id)["issued"])
    out = {"valid": common.certificate_pdf(db, admin, first), "revoked": common.certificate_pdf(db, admin, second)}
    revoke_certificate(db, admin, second, reason="信息录入错误")
    fields = {**common.signed_fields(common.get_certificate(db, admin, first)), "cert_no": "B05262010000099999"}
    key = signing.load_or_create_key(home)
    out["unknown"] = pades.sign(render_certificate(fields, signing.sign(key, fields), signing.key_id(key.public_key()),
                                                   "https://x/verify"), pdf_keys.current(home))
    out["tampered"] = tamper.overdraw(out["valid"])
    out["garbage"] = b"%PDF-1.7\n\x00\xff garbage"
    close_all()
    paths = {}
    for name, data in out.items():
        paths[name] = tmp_path / f"{name}.pdf"
        paths[name].write_bytes(data)
    return home, paths


@pytest.mark.parametrize("name, code, word", [("valid", 0, "有效"), ("revoked", 3, "已撤销（2026-11-24）"),
                                               ("unknown", 4, "未查到"), ("tampered", 1, "已篡改"),
                                               ("garbage", 1, "已篡改")])
def test_check_pdf_prints_the_answer_and_exits_with_its_code(portal, files, name, code, word):
    home, paths = files
    out = portal(home, "cert", "check-pdf", str(paths[name]))
    assert out.returncode == code and out.stdout.startswith(word + "：") and len(out.stdout.splitlines()) == 1
    assert "Traceback" not in out.stderr


def test_a_missing_or_huge_file_gets_one_error_line(portal, files, tmp_path):
    home, _ = files
    out = portal(home, "cert", "check-pdf", str(tmp_path / "nothing.pdf"))
    assert out.returncode == 2 and out.stderr.startswith("error: 文件不存在") and not out.stdout
    huge = tmp_path / "huge.pdf"
    with open(huge, "wb") as fh:
        fh.truncate(6 * 1024 * 1024)
    out = portal(home, "cert", "check-pdf", str(huge))
    assert out.returncode == 2 and "文件过大" in out.stderr and len(out.stderr.splitlines()) == 1


def test_keys_rotate_on_the_command_line_keeps_earlier_downloads_valid(portal, files, tmp_path):
    home, paths = files
    old = pdf_keys.current(home).key_id
    out = portal(home, "keys", "rotate")
    assert out.returncode == 0 and f"PDF signing key {old} retired" in out.stdout, out.stderr
    assert portal(home, "cert", "check-pdf", str(paths["valid"])).returncode == 0
    (tmp_path / "bad.pem").write_text("not a key")
    out = portal(home, "keys", "rotate", "--key", str(tmp_path / "bad.pem"), "--cert", str(tmp_path / "bad.pem"),
                 "--chain", str(tmp_path / "bad.pem"))
    assert out.returncode == 1 and out.stderr.startswith("error: 签名证书不能使用") and len(out.stderr.splitlines()) == 1
