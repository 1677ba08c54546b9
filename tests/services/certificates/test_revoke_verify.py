import csv
import datetime as dt
import io

import pytest

from portal.domain import verify_limits
from portal.domain.errors import Conflict, InvalidInput
from portal.services.certificates import common, config
from portal.services.certificates.issue import issue_certificates
from portal.services.certificates.report import ministry_report
from portal.services.certificates.revoke import integrity_records, revoke_certificate, set_basis
from portal.services.certificates.verify import TooManyAttempts, check_uploaded_certificate, verify_certificate
from portal.store import clock
from tests.services.publication.passers import final_list, province_admin


@pytest.fixture
def issued(db, tmp_path, key_home, monkeypatch):
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2026, 11, 24, 10, 0))
    list_id, cases = final_list(db, tmp_path, 4)
    admin = province_admin()
    config.set_issuing_unit(db, admin, user_id=admin.user_id, unit_code="4301", body_name="长沙市人力资源和社会保障局")
    res = issue_certificates(db, admin, obtained_on=dt.date(2026, 10, 18), series="05", list_id=list_id)
    return [common.get_certificate(db, admin, n) for _, n in res["issued"]]


def _case_states(db):
    with db.read() as cur:
        return dict(cur.execute("SELECT id, state FROM cases").fetchall())


def test_fraud_revokes_every_certificate_obtained_on_its_basis_and_writes_an_integrity_record(db, issued):
    admin = province_admin()
    a, b, c, d = (x["cert_no"] for x in issued)
    set_basis(db, admin, b, a)
    set_basis(db, admin, c, b)
    assert revoke_certificate(db, admin, a, reason="学历证明伪造", fraud=True) == [a, b, c]
    statuses = {x["cert_no"]: common.get_certificate(db, admin, x["cert_no"]) for x in issued}
    assert [statuses[n]["status"] for n in (a, b, c, d)] == ["revoked", "revoked", "revoked", "valid"]
    assert statuses[a]["revoke_kind"] == "fraud" and statuses[c]["revoke_kind"] == "cascade"
    assert a in statuses[c]["revoke_reason"]
    states = _case_states(db)
    assert [states[x["case_id"]] for x in issued] == ["revoked", "revoked", "revoked", "certified"]
    records = integrity_records(db, admin)
    assert len(records) == 1 and records[0]["id_number"] == issued[0]["id_number"]
    assert records[0]["keep_until"] == dt.date(2029, 11, 24)
    assert integrity_records(db, admin, today=dt.date(2029, 11, 25)) == []
    from portal.store import audit
    with db.read() as cur:
        count, problem = audit.verify(cur)
        root_events = audit.trail(cur, "certificate", a)
    assert problem is None and count > 0 and [e["action"] for e in root_events] == ["certificate.revoke"]
    assert root_events[0]["after"]["revoked"] == [a, b, c] and root_events[0]["after"]["fraud"] is True


def test_an_ordinary_revocation_revokes_only_that_certificate_and_needs_a_reason(db, issued):
    admin = province_admin()
    a, b = issued[0]["cert_no"], issued[1]["cert_no"]
    set_basis(db, admin, b, a)
    with pytest.raises(InvalidInput, match="撤销原因"):
        revoke_certificate(db, admin, a, reason=" ")
    assert revoke_certificate(db, admin, a, reason="信息录入错误") == [a]
    assert common.get_certificate(db, admin, b)["status"] == "valid"
    assert integrity_records(db, admin) == []
    with pytest.raises(Conflict, match="已被撤销"):
        revoke_certificate(db, admin, a, reason="再次")


def test_another_citys_admin_cannot_set_a_basis(db, issued):
    from portal.domain.errors import PermissionDenied
    from tests.services.publication.passers import city_admin
    with pytest.raises(PermissionDenied):
        set_basis(db, city_admin("4302"), issued[1]["cert_no"], issued[0]["cert_no"])


def test_a_basis_cycle_is_refused(db, issued):
    admin = province_admin()
    a, b = issued[0]["cert_no"], issued[1]["cert_no"]
    set_basis(db, admin, b, a)
    with pytest.raises(InvalidInput, match="循环"):
        set_basis(db, admin, a, b)


def _ask(db, cert, *, no=None, idn=None, phone=None, client="203.0.113.9"):
    return verify_certificate(db, cert_no=no or cert["cert_no"], id_number=idn or cert["id_number"],
                              phone=phone or cert["phone"], client=client)


def test_verification_with_all_three_right_answers_valid_and_nothing_more(db, issued):
    answer = _ask(db, issued[0])
    assert answer == {"status": "valid", "revoked_on": None, "message": "证书有效"}


@pytest.mark.parametrize("wrong", ["no", "idn", "phone"])
def test_verification_with_any_one_wrong_input_answers_unknown(db, issued, wrong):
    other = issued[1]
    value = {"no": other["cert_no"], "idn": other["id_number"], "phone": other["phone"]}[wrong]
    answer = _ask(db, issued[0], **{wrong: value})
    assert answer["status"] == "unknown" and answer["revoked_on"] is None
    assert other["name"] not in answer["message"] and issued[0]["name"] not in answer["message"]


def test_verification_never_works_with_the_number_alone(db, issued):
    for blank in ({"id_number": ""}, {"phone": "  "}):
        with pytest.raises(InvalidInput, match="同时提供"):
            verify_certificate(db, **{"cert_no": issued[0]["cert_no"], "id_number": issued[0]["id_number"],
                                      "phone": issued[0]["phone"], "client": "x", **blank})


def test_verification_of_a_revoked_certificate_gives_its_revocation_date(db, issued):
    revoke_certificate(db, province_admin(), issued[0]["cert_no"], reason="错误")
    answer = _ask(db, issued[0], phone="+86 " + issued[0]["phone"])
    assert answer["status"] == "revoked" and answer["revoked_on"] == dt.date(2026, 11, 24)


def test_verification_is_rate_limited_per_client_and_per_number_per_client(db, issued):
    for _ in range(verify_limits.NUMBER_PER_CLIENT):
        _ask(db, issued[0], client="a")
    with pytest.raises(TooManyAttempts, match="请于北京时间 .*后再试"):
        _ask(db, issued[0], client="a")
    assert _ask(db, issued[0], client="b")["status"] == "valid"
    for _ in range(verify_limits.MISSES_PER_NUMBER):
        _ask(db, issued[1], phone="13000000000", client="guesser")
    with pytest.raises(TooManyAttempts):
        _ask(db, issued[1], client="guesser")
    assert _ask(db, issued[2], client="guesser")["status"] == "valid"  # other numbers still answer
    assert _ask(db, issued[1], client="holder")["status"] == "valid"  # the guesser never blocks the holder


def test_an_uploaded_e_certificate_is_checked_for_signature_and_status(db, issued):
    admin = province_admin()
    pdf = common.certificate_pdf(db, admin, issued[0]["cert_no"])
    assert check_uploaded_certificate(db, pdf)["ok"]
    tampered = pdf.replace(issued[0]["id_number"].encode(), issued[1]["id_number"].encode())
    assert not check_uploaded_certificate(db, tampered)["ok"]
    revoke_certificate(db, admin, issued[0]["cert_no"], reason="错误")
    out = check_uploaded_certificate(db, pdf)
    assert not out["ok"] and out["status"] == "revoked" and "2026-11-24" in out["message"]


def test_the_holder_sees_their_own_certificates_only(db, issued):
    from portal.services.people.auth import Principal
    me = Principal(user_id=99, role="candidate", cities=(), display_name="x", candidate_id=issued[2]["candidate_id"])
    mine = common.my_certificates(db, me)
    assert [c["cert_no"] for c in mine] == [issued[2]["cert_no"]]
    from portal.domain.errors import PermissionDenied
    with pytest.raises(PermissionDenied, match="不存在"):  # the words a number that does not exist gets
        common.certificate_pdf(db, me, issued[0]["cert_no"])


def test_the_ministry_report_lists_issued_and_revoked_certificates_of_the_period(db, issued, monkeypatch):
    admin = province_admin()
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2026, 12, 2, 9, 0))
    revoke_certificate(db, admin, issued[0]["cert_no"], reason="信息录入错误")
    november = list(csv.DictReader(io.StringIO(ministry_report(
        db, admin, first=dt.date(2026, 11, 1), last=dt.date(2026, 11, 30)).decode("utf-8-sig"))))
    assert [r["证书编号"] for r in november] == [c["cert_no"] for c in issued]
    december = list(csv.DictReader(io.StringIO(ministry_report(
        db, admin, first=dt.date(2026, 12, 1), last=dt.date(2026, 12, 31)).decode("utf-8-sig"))))
    assert [(r["证书编号"], r["状态"], r["撤销日期"]) for r in december] == [
        (issued[0]["cert_no"], "已撤销", "2026-12-02")]
    assert ministry_report(db, admin, first=dt.date(2026, 11, 1), last=dt.date(2026, 11, 30), fmt="xlsx")[:2] == b"PK"
    with db.transaction() as cur:  # a hostile name in the record: the CSV cell is text, not a formula
        cur.execute("UPDATE certificates SET name = '=HYPERLINK(\"http://evil\")'")
    text = ministry_report(db, admin, first=dt.date(2026, 11, 1), last=dt.date(2026, 11, 30)).decode("utf-8-sig")
    cells = [c for row in csv.reader(io.StringIO(text)) for c in row]
    assert "'=HYPERLINK(\"http://evil\")" in cells and not any(c.startswith("=") for c in cells)
    with pytest.raises(InvalidInput):
        ministry_report(db, admin, first=dt.date(2026, 12, 1), last=dt.date(2026, 11, 1))
