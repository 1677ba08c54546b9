"""The uploaded-PDF check answers exactly one of 有效 / 已撤销（日期） / 未查到 / 已篡改, on the page and
on the command line (exit 0 / 3 / 4 / 1), and key rotation keeps earlier downloads verifying."""
import datetime as dt

import pytest

from portal.certs import pades, pdf_keys, signing
from portal.certs.pdf import render_certificate
from portal.domain.errors import Conflict, InvalidInput, PermissionDenied
from portal.services.certificates import common, config
from portal.services.certificates.issue import issue_certificates
from portal.services.certificates.keys import rotate_signing_keys
from portal.services.certificates.revoke import revoke_certificate
from portal.services.certificates.upload_check import MAX_BYTES, check_uploaded_certificate
from portal.store import clock
from tests.certs import tamper
from tests.services.publication.passers import city_admin, final_list, province_admin


@pytest.fixture
def issued(db, tmp_path, key_home, monkeypatch):
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2026, 11, 24, 10, 0))
    list_id, _ = final_list(db, tmp_path, 3)
    admin = province_admin()
    config.set_issuing_unit(db, admin, user_id=admin.user_id, unit_code="4301", body_name="长沙市人力资源和社会保障局")
    res = issue_certificates(db, admin, obtained_on=dt.date(2026, 10, 18), series="05", list_id=list_id)
    return [n for _, n in res["issued"]]


def _pdf(db, no):
    return common.certificate_pdf(db, province_admin(), no)


def test_a_genuine_download_is_valid(db, issued):
    out = check_uploaded_certificate(db, _pdf(db, issued[0]))
    assert (out["status"], out["answer"], out["cert_no"], out["ok"]) == ("valid", "有效", issued[0], True)


@pytest.mark.parametrize("attack", ["overdraw", "append_page", "flip_byte", "resave"])
def test_every_edit_after_signing_answers_tampered(db, issued, attack):
    pdf = _pdf(db, issued[0])
    forged = tamper.flip_byte(pdf, len(pdf) // 2) if attack == "flip_byte" else getattr(tamper, attack)(pdf)
    out = check_uploaded_certificate(db, forged)
    assert (out["status"], out["answer"], out["ok"]) == ("tampered", "已篡改", False)


def test_a_certificate_from_another_issuers_keys_answers_tampered(db, issued, tmp_path):
    row = common.get_certificate(db, province_admin(), issued[0])
    other = tmp_path / "other-bureau"
    key = signing.load_or_create_key(other)
    fields = common.signed_fields(row)
    pdf = render_certificate(fields, signing.sign(key, fields), signing.key_id(key.public_key()), "https://x/verify")
    out = check_uploaded_certificate(db, pades.sign(pdf, pdf_keys.current(other)))
    assert out["answer"] == "已篡改" and "不是本发证机构" in out["detail"]


def test_a_revoked_certificate_answers_revoked_with_its_date(db, issued):
    pdf = _pdf(db, issued[1])
    revoke_certificate(db, province_admin(), issued[1], reason="信息录入错误")
    out = check_uploaded_certificate(db, pdf)
    assert (out["status"], out["answer"], out["revoked_on"]) == ("revoked", "已撤销（2026-11-24）", dt.date(2026, 11, 24))


def test_a_number_signed_with_our_keys_but_not_in_the_registry_answers_unknown(db, issued, key_home):
    row = common.get_certificate(db, province_admin(), issued[0])
    fields = {**common.signed_fields(row), "cert_no": "B05262010000099999"}
    key = signing.load_or_create_key(key_home)
    pdf = render_certificate(fields, signing.sign(key, fields), signing.key_id(key.public_key()), "https://x/verify")
    out = check_uploaded_certificate(db, pades.sign(pdf, pdf_keys.current(key_home)))
    assert (out["status"], out["answer"], out["cert_no"]) == ("unknown", "未查到", "B05262010000099999")


def test_a_registry_row_edited_after_download_answers_tampered_and_is_not_signed_again(db, issued):
    pdf = _pdf(db, issued[2])
    with db.transaction() as cur:
        cur.execute("UPDATE certificates SET name_printed = '李四' WHERE cert_no = $n", {"n": issued[2]})
    assert check_uploaded_certificate(db, pdf)["answer"] == "已篡改"
    with pytest.raises(Conflict, match="电子签名不一致"):
        _pdf(db, issued[2])


def test_bad_uploads_get_tampered_or_a_one_line_refusal(db, issued):
    assert check_uploaded_certificate(db, b"PK\x03\x04 a zip")["answer"] == "已篡改"
    assert check_uploaded_certificate(db, b"%PDF-1.4\n" + b"\x00" * 5000)["answer"] == "已篡改"
    for bad in (b"", b"%PDF-" + b"0" * MAX_BYTES):
        with pytest.raises(InvalidInput):
            check_uploaded_certificate(db, bad)


def test_rotation_keeps_earlier_downloads_valid_and_later_ones_use_the_new_keys(db, issued, key_home, tmp_path):
    before = _pdf(db, issued[0])
    with pytest.raises(PermissionDenied):
        rotate_signing_keys(db, city_admin())
    res = rotate_signing_keys(db, province_admin())
    assert res["retired"]["pdf_key"] != res["current"]["pdf_key"]
    assert check_uploaded_certificate(db, before)["answer"] == "有效"
    after = _pdf(db, issued[0])
    assert pades.check(after, pdf_keys.trust_anchors(key_home), pdf_keys.signer_certificates(key_home)).key_id \
        == res["current"]["pdf_key"]
    assert check_uploaded_certificate(db, after)["answer"] == "有效"
    more, _ = final_list(db, tmp_path, 1, seed=11)
    new_no = issue_certificates(db, province_admin(), obtained_on=dt.date(2026, 10, 18), series="05",
                                list_id=more)["issued"][0][1]
    assert common.get_certificate(db, province_admin(), new_no)["key_id"] == res["current"]["payload_key"]
    assert check_uploaded_certificate(db, _pdf(db, new_no))["answer"] == "有效"
    with db.read() as cur:
        assert cur.execute("SELECT count(*) FROM audit_log WHERE action = 'signing_keys.rotate'").fetchone()[0] == 1


def test_the_public_pdf_check_is_limited_per_client_and_per_number_per_client(db, issued):
    from portal.domain import verify_limits
    from portal.services.certificates.upload_check import TooManyAttempts
    genuine = _pdf(db, issued[0])
    forged = tamper.append_page(genuine)
    for _ in range(verify_limits.PDF_MISSES_PER_NUMBER):
        assert check_uploaded_certificate(db, forged, client="203.0.113.9")["answer"] == "已篡改"
    with pytest.raises(TooManyAttempts, match="北京时间 10:1"):
        check_uploaded_certificate(db, genuine, client="203.0.113.9")
    assert check_uploaded_certificate(db, genuine, client="198.51.100.2")["ok"]  # another client is not held
    assert check_uploaded_certificate(db, _pdf(db, issued[1]), client="203.0.113.9")["ok"]
    for _ in range(verify_limits.PDF_PER_CLIENT - verify_limits.PDF_MISSES_PER_NUMBER - 1):
        check_uploaded_certificate(db, genuine[:100], client="203.0.113.9")
    with pytest.raises(TooManyAttempts):
        check_uploaded_certificate(db, _pdf(db, issued[1]), client="203.0.113.9")
    assert check_uploaded_certificate(db, genuine)["ok"]  # the command line is not limited
