"""The certificate list: search in scope with masked numbers, reissue under the next number of the
pool (old one revoked, case still certified), the exam date as default 取得资格时间, and the units
each level may be issued by."""
import datetime as dt

import pytest

from portal.certs import hunan
from portal.domain.errors import Conflict, InvalidInput, PermissionDenied
from portal.services.cases import rounds
from portal.services.certificates import common, config, listing
from portal.services.certificates.issue import issue_certificates
from tests.services.publication.passers import city_admin, final_list, province_admin

EXAM_DAY = dt.date(2026, 10, 18)


def _issued(db, tmp_path, n=3):
    list_id, cases = final_list(db, tmp_path, n)
    admin = province_admin()
    config.set_issuing_unit(db, admin, user_id=admin.user_id, unit_code="4301", body_name="长沙市人力资源和社会保障局")
    res = issue_certificates(db, admin, obtained_on=EXAM_DAY, series="05", list_id=list_id)
    return admin, list_id, [n for _, n in res["issued"]]


def test_the_list_finds_by_number_and_id_number_and_masks_numbers(db, tmp_path, key_home):
    admin, _, numbers = _issued(db, tmp_path)
    every = listing.list_certificates(db, admin)
    assert every["total"] == 3 and {r["cert_no"] for r in every["rows"]} == set(numbers)
    assert all("*" in r["id_number"] and "*" in r["phone"] for r in every["rows"])
    one = listing.list_certificates(db, admin, term=numbers[1].lower())
    assert [r["cert_no"] for r in one["rows"]] == [numbers[1]]
    holder = common.get_certificate(db, admin, numbers[0])
    assert [r["cert_no"] for r in listing.list_certificates(db, admin, term=holder["id_number"])["rows"]] == [numbers[0]]
    assert listing.list_certificates(db, city_admin("4302"))["total"] == 0


def test_reissue_gives_the_next_number_revokes_the_old_and_keeps_the_case_certified(db, tmp_path, key_home):
    admin, _, numbers = _issued(db, tmp_path)
    with pytest.raises(InvalidInput):
        listing.reissue_certificate(db, admin, numbers[0], reason=" ")
    new_no = listing.reissue_certificate(db, admin, numbers[0], reason="证书信息打印有误")
    assert new_no[:-4] == numbers[0][:-4] and new_no[-4:] == "0004" and hunan.check(new_no) is None
    old, new = common.get_certificate(db, admin, numbers[0]), common.get_certificate(db, admin, new_no)
    assert old["status"] == "revoked" and new_no in old["revoke_reason"] and new["status"] == "valid"
    assert new["obtained_on"] == EXAM_DAY and new["case_id"] == old["case_id"]
    assert common.certificate_pdf(db, admin, new_no)[:4] == b"%PDF"
    with db.read() as cur:
        assert cur.execute("SELECT state FROM cases WHERE id = $id", {"id": old["case_id"]}).fetchone()[0] == "certified"
    with pytest.raises(Conflict):
        listing.reissue_certificate(db, admin, numbers[0], reason="再次补发")
    with pytest.raises(PermissionDenied, match="不存在"):
        listing.reissue_certificate(db, city_admin("4302"), numbers[1], reason="不在辖区")


def test_the_exam_date_of_the_round_is_the_default_obtained_date(db, tmp_path, key_home):
    list_id, _ = final_list(db, tmp_path, 2)
    admin = province_admin()
    assert listing.default_obtained_on(db, admin, list_id) is None
    rounds.create_round(db, admin, exam_year=2026, name="2026年度", opens_at="2026-11-01 09:00",
                        closes_at="2026-11-10 17:00", exam_date="2026/10/18")
    assert listing.default_obtained_on(db, admin, list_id) == EXAM_DAY


def test_units_offered_by_level_follow_the_unit_tree_and_scope():
    assert list(listing.issuing_units(province_admin(), "province")) == ["43"]
    assert listing.issuing_units(city_admin("4301"), "province") == {}
    assert list(listing.issuing_units(city_admin("4301"), "city")) == ["4301"]
    counties = listing.issuing_units(city_admin("4301"), "county", "4301")
    assert "430102" in counties and all(c.startswith("4301") for c in counties)
    assert listing.issuing_units(city_admin("4301"), "county", "4302") == {}
