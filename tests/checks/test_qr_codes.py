"""QR codes on 学信网 reports: the code is taken from the QR, and a QR that disagrees with the
printed code is reported (a generated 备案表 whose QR carries another code)."""
from checks import extract_document, qr
from portal.docgen import render
from tests.checks.case_factory import BASE, PERSON

PRINTED, OTHER = BASE["verification_code"], "AYQXUHUQG7ZYWXKW"


def _read(tmp_path, **extra):
    path = tmp_path / "备案表.pdf"
    path.write_bytes(render("chsi_record", {**PERSON, **BASE, **extra}, fmt="pdf", layout="table"))
    got = extract_document(path)
    return got, {f["code"]: f for f in got["findings"]}


def test_a_record_whose_qr_carries_another_code_is_flagged_and_the_qr_code_is_taken(tmp_path):
    got, findings = _read(tmp_path, qr_code=OTHER)
    assert got["fields"]["verification_code"] == OTHER and got["confidence"]["verification_code"] == 1.0
    mismatch = findings["vcode_qr_mismatch"]
    assert (mismatch["severity"], mismatch["read"], mismatch["expected"]) == ("fail", PRINTED, OTHER)


def test_a_record_whose_qr_agrees_with_the_print_has_no_qr_finding(tmp_path):
    got, findings = _read(tmp_path)
    assert got["fields"]["verification_code"] == PRINTED
    assert not {"vcode_qr_mismatch", "vcode_from_qr", "qr_unreadable"} & set(findings)
    assert f"vcode={PRINTED}" in findings["vcode_verify_url"]["message"]


def test_the_code_is_read_from_a_verification_address_or_bare():
    assert qr.verification_code(["https://www.chsi.com.cn/xlcx/bg.do?vcode=ayqxuhuqg7zywxkw&srcid=bgcx"]) == OTHER
    assert qr.verification_code(["828264861563"]) == "828264861563"
    assert qr.verification_code(["https://example.com/?q=1", "hello"]) is None


def test_a_print_differing_only_in_look_alike_characters_is_a_misreading_not_a_forgery():
    [f] = qr.compare("A0MFGXA77C3ZSJ1K", "AOMFGXA77C3ZSJIK")
    assert (f["code"], f["severity"]) == ("vcode_from_qr", "info")
    [f] = qr.compare("AQMFGXA77C3ZSJ1K", OTHER)
    assert (f["code"], f["severity"]) == ("vcode_qr_mismatch", "fail")
    assert qr.compare(" aqmf gxa7 7c3z sj1k", PRINTED) == []
