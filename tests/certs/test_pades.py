"""The PDF signature of an e-certificate: made by the issuer's current key under its CA, checked over
the whole file; the attacks of tests/certs/tamper.py all fail the check."""
import io
import os
import re
import stat
import threading

import pytest

from portal.certs import pades, pdf_keys, signing
from portal.certs.check_pdf import check_certificate_pdf
from portal.certs.pdf import page_text, render_certificate
from tests.certs import tamper
from tests.certs.test_signature import FIELDS


def _signed(home, fields=FIELDS) -> bytes:
    key = signing.load_or_create_key(home)
    pdf = render_certificate(fields, signing.sign(key, fields), signing.key_id(key.public_key()),
                             "https://rsj.example.gov.cn/verify?no=" + fields["cert_no"])
    return pades.sign(pdf, pdf_keys.current(home))


def _check(home, pdf):
    return pades.check(pdf, pdf_keys.trust_anchors(home), pdf_keys.signer_certificates(home))


@pytest.fixture(scope="module")
def genuine(tmp_path_factory):
    home = tmp_path_factory.mktemp("issuer")
    return home, _signed(home)


def test_a_signed_certificate_passes_and_its_byte_range_covers_the_whole_file(genuine):
    home, pdf = genuine
    result = _check(home, pdf)
    assert result.ok and result.key_id == pdf_keys.current(home).key_id
    start, first, second, length = map(int, re.findall(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)", pdf)[-1])
    assert start == 0 and second + length == len(pdf)
    assert b"/ETSI.CAdES.detached" in pdf and b"/DocMDP" in pdf


def test_pyhankos_own_validator_on_the_raw_file_judges_it_valid_and_untouched(genuine):
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import SignatureCoverageLevel, validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext
    home, pdf = genuine
    ca = asn1_x509.Certificate.load(pdf_keys.trust_anchors(home)[0].public_bytes(serialization.Encoding.DER))
    status = validate_pdf_signature(PdfFileReader(io.BytesIO(pdf)).embedded_signatures[0],
                                    ValidationContext(trust_roots=[ca], allow_fetching=False, revocation_mode="soft-fail"))
    assert status.bottom_line and status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    assert status.modification_level.name == "NONE"


def test_white_out_and_another_holder_drawn_over_it_is_caught_though_the_old_text_check_passes(genuine):
    home, pdf = genuine
    forged = tamper.overdraw(pdf)
    assert "李四" in page_text(forged)
    public = signing.load_or_create_key(home).public_key()
    assert check_certificate_pdf(forged, public).ok  # what the page-text check alone used to accept
    result = _check(home, forged)
    assert not result.ok and "没有覆盖整个文件" in result.reason


def test_an_appended_page_is_caught(genuine):
    home, pdf = genuine
    forged = tamper.append_page(pdf)
    assert tamper.page_count(forged) == 2
    assert not _check(home, forged).ok


@pytest.mark.parametrize("where", ["header", "middle", "before_end"])
def test_a_one_byte_change_anywhere_in_the_signed_bytes_is_caught(genuine, where):
    home, pdf = genuine
    at = {"header": 7, "middle": len(pdf) // 3, "before_end": len(pdf) - 40}[where]
    result = _check(home, tamper.flip_byte(pdf, at))
    assert not result.ok and result.reason


def test_a_copy_re_saved_by_another_pdf_library_is_caught(genuine):
    home, pdf = genuine
    copy = tamper.resave(pdf)
    assert copy != pdf and not _check(home, copy).ok


def test_a_certificate_signed_by_another_issuers_key_is_refused(genuine, tmp_path):
    home, _ = genuine
    foreign = _signed(tmp_path / "other")
    assert _check(tmp_path / "other", foreign).ok
    result = _check(home, foreign)
    assert not result.ok and "不是本发证机构" in result.reason


def test_garbage_truncated_or_unsigned_files_get_an_answer_not_an_exception(genuine):
    home, pdf = genuine
    unsigned = render_certificate(FIELDS, "x", "y", "https://rsj.example.gov.cn/verify")
    assert "没有PDF电子签名" in _check(home, unsigned).reason
    for broken in (pdf[: len(pdf) // 2], b"%PDF-1.7\n" + os.urandom(4000), b"", b"%PDF-1.4\n1 0 obj\n<<" * 2000):
        assert not _check(home, broken).ok


def test_pdf_keys_are_owner_only_and_created_once_by_concurrent_first_users(tmp_path):
    ids, errors = [], []

    def load():
        try:
            ids.append(pdf_keys.current(tmp_path).key_id)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=load) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(set(ids)) == 1
    folder = tmp_path / pdf_keys.DIR
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    files = sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))
    assert files == sorted(["ca.cert.pem", "ca.key.pem", "current", f"{ids[0]}.cert.pem", f"{ids[0]}.key.pem"])
    assert all(stat.S_IMODE(os.stat(folder / f).st_mode) == 0o600 for f in files)
    assert pdf_keys.private_key_files(tmp_path) == sorted([folder / "ca.key.pem", folder / f"{ids[0]}.key.pem"])
    os.chmod(folder / f"{ids[0]}.key.pem", 0o640)
    with pytest.raises(PermissionError, match="600"):
        pdf_keys.current(tmp_path)
