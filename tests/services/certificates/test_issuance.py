import datetime as dt
import threading

import pytest

from portal.certs import hunan
from portal.domain.errors import Conflict, InvalidInput
from portal.services.certificates import common, config
from portal.services.certificates import issue as certificates_issue
from portal.services.certificates.issue import issue_certificates
from tests.services.publication.passers import city_admin, final_list, load_passed, make_candidates, province_admin

EXAM_DAY = dt.date(2026, 10, 18)


def _with_unit(db, unit="4301", admin=None):
    admin = admin or province_admin()
    config.set_issuing_unit(db, admin, user_id=admin.user_id, unit_code=unit, body_name="长沙市人力资源和社会保障局")
    return admin


def _serials(db):
    with db.read() as cur:
        return [r[0] for r in cur.execute("SELECT serial FROM certificates ORDER BY id").fetchall()]


def test_final_passers_get_valid_gapless_numbers_in_issue_order(db, tmp_path, key_home):
    list_id, cases = final_list(db, tmp_path, 6)
    admin = _with_unit(db)
    res = issue_certificates(db, admin, obtained_on=EXAM_DAY, series="05", list_id=list_id)
    numbers = [n for _, n in res["issued"]]
    assert numbers == [f"B05262010000{i:06d}" for i in range(1, 7)]
    assert all(hunan.check(n) is None for n in numbers)
    assert [c for c, _ in res["issued"]] == sorted(cases)
    with db.read() as cur:
        states = {r[0] for r in cur.execute("SELECT state FROM cases").fetchall()}
    assert states == {"certified"}


def test_a_second_batch_continues_the_same_pool_without_a_gap(db, tmp_path, key_home):
    list_id, cases = final_list(db, tmp_path, 5)
    admin = _with_unit(db)
    issue_certificates(db, admin, obtained_on=EXAM_DAY, series="05", case_ids=cases[:2])
    second = issue_certificates(db, admin, obtained_on=EXAM_DAY, series="05", case_ids=cases[2:])
    assert [n[-4:] for _, n in second["issued"]] == ["0003", "0004", "0005"]


def test_the_pool_extends_itself_block_by_block_when_exhausted(db, tmp_path, key_home, monkeypatch):
    monkeypatch.setattr(certificates_issue, "POOL_BLOCK", 2)
    list_id, cases = final_list(db, tmp_path, 5)
    admin = _with_unit(db)
    issue_certificates(db, admin, obtained_on=EXAM_DAY, series="05", case_ids=cases[:1])
    issue_certificates(db, admin, obtained_on=EXAM_DAY, series="05", case_ids=cases[1:])
    with db.read() as cur:
        blocks = cur.execute("SELECT first_serial, last_serial, reason FROM serial_pool_blocks ORDER BY 1").fetchall()
    assert blocks == [(1, 2, "created"), (3, 4, "extended"), (5, 6, "extended")]
    assert _serials(db) == [1, 2, 3, 4, 5]


def test_a_batch_beyond_the_last_serial_is_refused_and_nothing_is_issued(db, tmp_path, key_home, monkeypatch):
    monkeypatch.setattr(hunan, "MAX_SERIAL", 3)
    list_id, cases = final_list(db, tmp_path, 5)
    admin = _with_unit(db)
    with pytest.raises(Conflict, match="只剩 3 个"):
        issue_certificates(db, admin, obtained_on=EXAM_DAY, series="05", list_id=list_id)
    assert _serials(db) == []
    with db.read() as cur:
        assert {r[0] for r in cur.execute("SELECT state FROM cases").fetchall()} == {"final"}


def test_a_county_issuing_unit_cannot_number_intermediate_certificates(db, tmp_path, key_home):
    list_id, _ = final_list(db, tmp_path, 2)
    admin = _with_unit(db, unit="430102")
    with pytest.raises(InvalidInput, match="中级证书应由市州"):
        issue_certificates(db, admin, obtained_on=EXAM_DAY, series="05", list_id=list_id)


def test_junior_passers_are_numbered_by_their_county_with_level_letter_c(db, tmp_path, key_home):
    list_id, _ = final_list(db, tmp_path, 2, level="junior")
    admin = _with_unit(db, unit="430102")
    res = issue_certificates(db, admin, obtained_on=EXAM_DAY, series="05", list_id=list_id)
    assert [n for _, n in res["issued"]] == ["C05262010200000001", "C05262010200000002"]


def test_issuance_needs_a_configured_issuing_unit_and_final_passers(db, tmp_path, key_home):
    cases = load_passed(db, tmp_path, make_candidates(2))  # passed, never published
    from portal.services.certificates.public_url import set_public_url
    set_public_url(db, province_admin(), "https://zhicheng.example.gov.cn")
    with pytest.raises(Conflict, match="发证单位"):
        issue_certificates(db, province_admin(), obtained_on=EXAM_DAY, series="05", case_ids=cases)
    admin = _with_unit(db)
    with pytest.raises(Conflict, match="没有可发证的考生"):
        issue_certificates(db, admin, obtained_on=EXAM_DAY, series="05", case_ids=cases)


def test_a_city_administrator_cannot_choose_another_citys_issuing_unit(db):
    from portal.domain.errors import PermissionDenied
    with pytest.raises(PermissionDenied):
        config.set_issuing_unit(db, city_admin("4302"), user_id=2, unit_code="4301", body_name="长沙")


def test_configured_series_codes_restrict_issuance(db, tmp_path, key_home):
    list_id, _ = final_list(db, tmp_path, 2)
    admin = _with_unit(db)
    config.add_series(db, admin, "05", "经济")
    with pytest.raises(InvalidInput, match="系列代码表"):
        issue_certificates(db, admin, obtained_on=EXAM_DAY, series="06", list_id=list_id)
    res = issue_certificates(db, admin, obtained_on=EXAM_DAY, series="05", list_id=list_id)
    assert common.get_certificate(db, admin, res["issued"][0][1])["series"] == "经济"


def test_concurrent_issuance_never_duplicates_or_skips_a_number(db, tmp_path, key_home):
    list_id, cases = final_list(db, tmp_path, 40)
    admin = _with_unit(db)
    errors, chunks = [], [cases[i::8] for i in range(8)]

    def work(chunk):
        try:
            for case_id in chunk:
                issue_certificates(db, admin, obtained_on=EXAM_DAY, series="05", case_ids=[case_id])
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(c,)) for c in chunks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with db.read() as cur:
        numbers = [r[0] for r in cur.execute("SELECT cert_no FROM certificates ORDER BY id").fetchall()]
    assert len(numbers) == len(set(numbers)) == 40
    assert sorted(_serials(db)) == list(range(1, 41)) and _serials(db) == list(range(1, 41))


def test_an_account_on_the_tianjin_scheme_gets_letter_numbers_by_grade(db, tmp_path, key_home):
    list_id, _ = final_list(db, tmp_path, 2)
    admin = province_admin()
    config.set_issuing_unit(db, admin, user_id=admin.user_id, unit_code="4301", body_name="考试机构", scheme="tianjin")
    res = issue_certificates(db, admin, obtained_on=EXAM_DAY, series="05", list_id=list_id)
    assert [n for _, n in res["issued"]] == ["C2026000001", "C2026000002"]
