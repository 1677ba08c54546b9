import json
import os
import stat

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from portal.certs import signing
from portal.certs.check_pdf import check_certificate_pdf
from portal.certs.fonts import RARE_MARK, printable_name
from portal.certs.pdf import page_text, read_payload, render_certificate

FIELDS = {"cert_no": "B05262010000000001", "scheme": "hunan", "name": "欧阳明", "name_printed": "欧阳明",
          "gender": "男", "id_number": "430102199001011234", "submitting_unit": "长沙市住房和城乡建设局",
          "qualification": "经济专业技术资格（中级）", "level": "中级", "series": "经济", "specialty": "工商管理",
          "issuing_body": "长沙市人力资源和社会保障局", "obtained_on": "2026-10-18", "issued_on": "2026-11-24"}


def test_the_signing_key_is_created_once_with_owner_only_permissions(tmp_path):
    key = signing.load_or_create_key(tmp_path)
    path = tmp_path / signing.KEY_FILE
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
    again = signing.load_or_create_key(tmp_path)
    assert signing.key_id(again.public_key()) == signing.key_id(key.public_key())


def test_a_key_file_readable_by_others_is_refused(tmp_path):
    signing.load_or_create_key(tmp_path)
    os.chmod(tmp_path / signing.KEY_FILE, 0o644)
    with pytest.raises(PermissionError, match="600"):
        signing.load_or_create_key(tmp_path)


@pytest.mark.parametrize("field", sorted(FIELDS))
def test_a_one_character_change_in_any_field_breaks_the_signature(tmp_path, field):
    key = signing.load_or_create_key(tmp_path)
    sig = signing.sign(key, FIELDS)
    assert signing.verify(key.public_key(), FIELDS, sig)
    value = FIELDS[field]
    changed = {**FIELDS, field: value[:-1] + ("2" if value[-1] != "2" else "3")}
    assert not signing.verify(key.public_key(), changed, sig)


def _pdf(tmp_path, fields=FIELDS):
    key = signing.load_or_create_key(tmp_path)
    pdf = render_certificate(fields, signing.sign(key, fields), signing.key_id(key.public_key()),
                             "http://localhost:8501/verify?no=" + fields["cert_no"])
    return key, pdf


def test_an_e_certificate_pdf_carries_the_fields_and_passes_its_own_check(tmp_path):
    key, pdf = _pdf(tmp_path)
    text = "".join(page_text(pdf).split())
    assert all(v in text for k, v in FIELDS.items() if k not in ("scheme", "name"))
    assert read_payload(pdf)["fields"] == FIELDS
    assert check_certificate_pdf(pdf, key.public_key()).ok


def test_a_pdf_whose_embedded_data_was_edited_fails_the_check(tmp_path):
    key, pdf = _pdf(tmp_path)
    # same length so the PDF structure stays intact: change one digit of the embedded ID number
    tampered = pdf.replace(b'"id_number": "430102199001011234"', b'"id_number": "430102199001011235"')
    assert tampered != pdf
    result = check_certificate_pdf(tampered, key.public_key())
    assert not result.ok and "签名校验失败" in result.reason


def test_a_pdf_signed_by_another_key_or_without_payload_fails_the_check(tmp_path):
    _, pdf = _pdf(tmp_path / "a")
    other = signing.load_or_create_key(tmp_path / "b")
    assert "密钥" in check_certificate_pdf(pdf, other.public_key()).reason
    assert not check_certificate_pdf(b"not a pdf at all", other.public_key()).ok


def test_a_rare_character_the_font_lacks_is_printed_as_pinyin_with_a_visible_mark(tmp_path):
    assert printable_name("王𪚥明") == f"王[zhé]明{RARE_MARK}"
    assert printable_name("张三") == "张三"
    fields = {**FIELDS, "name": "王𪚥明", "name_printed": printable_name("王𪚥明")}
    key, pdf = _pdf(tmp_path, fields)
    text = page_text(pdf)
    assert "王[zhé]明" in text and "生僻字" in text
    assert check_certificate_pdf(pdf, key.public_key()).ok
    assert json.loads(json.dumps(read_payload(pdf)))["fields"]["name"] == "王𪚥明"


def test_a_truncated_or_garbled_pdf_gets_a_clear_answer_not_a_crash(tmp_path):
    key, pdf = _pdf(tmp_path)
    for broken in (pdf[: len(pdf) // 2], b"%PDF-1.4\n" + bytes(range(256)) * 50, b""):
        result = check_certificate_pdf(broken, key.public_key())
        assert not result.ok and result.reason


def test_threads_creating_the_key_at_once_all_get_the_same_complete_key(tmp_path):
    import threading
    ids, errors = [], []

    def load():
        try:
            ids.append(signing.key_id(signing.load_or_create_key(tmp_path).public_key()))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=load) for _ in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(ids) == 12 and len(set(ids)) == 1
    assert [p.name for p in (tmp_path / "keys").iterdir()] == [signing.KEY_FILE.name]


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(signing.SIGNED_FIELDS + ("phone", "extra")),
                       st.one_of(st.none(), st.text(), st.integers(), st.dates())))
def test_the_signed_bytes_are_the_sorted_compact_json_of_the_printed_fields(fields):
    as_json = json.dumps({k: "" if fields.get(k) is None else str(fields[k]) for k in signing.SIGNED_FIELDS},
                         sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    assert signing.canonical(fields) == as_json
