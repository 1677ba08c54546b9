"""A published list and an issued batch notify every person on them, one message and one SMS each,
written by single statements in the publishing or issuing transaction."""
import datetime as dt

import pytest

from portal.demo.people import at
from portal.domain.errors import Conflict
from portal.services.certificates import config, listing
from portal.services.certificates.issue import issue_certificates
from portal.services.publication import lists
from tests.services.publication.passers import CONTACT, final_list, load_passed, make_candidates, province_admin


def _counts(db, kind):
    with db.read() as cur:
        msgs = cur.execute("SELECT candidate_id, count(*) FROM messages WHERE kind = $k GROUP BY ALL", {"k": kind}).fetchall()
        out = cur.execute("SELECT recipient, body FROM outbox WHERE purpose = $k ORDER BY id", {"k": kind}).fetchall()
    return dict(msgs), out


def test_publishing_a_list_tells_each_person_on_it_once(db, tmp_path):
    people = make_candidates(4)
    load_passed(db, tmp_path, people)
    admin = province_admin()
    row = lists.build_pass_list(db, admin, exam="economics", exam_year=2026, level="intermediate", city="4301")
    lists.review_pass_list(db, admin, row["id"])
    with at(dt.datetime(2026, 9, 1, 9, 0)):
        lists.publish_pass_list(db, admin, row["id"], **CONTACT)
        with pytest.raises(Conflict):  # published already: refused, nothing more sent
            lists.publish_pass_list(db, admin, row["id"], **CONTACT)
    msgs, out = _counts(db, "listed")
    assert len(msgs) == 4 and set(msgs.values()) == {1}
    assert sorted(r for r, _ in out) == sorted(p["phone"] for p in people)
    assert all("经济专业技术资格（中级）合格人员公示名单" in body and "公示期2026-09-01至" in body and len(body) <= 70
               for _, body in out)  # one SMS: the list's exam and period, not its long title
    with db.read() as cur:
        site = [b for (b,) in cur.execute("SELECT body FROM messages WHERE kind = 'listed'").fetchall()]
    assert len(site) == 4 and all(f"《{row['title']}》" in b and "2026-09-01 至" in b for b in site)
    assert not any(p["id_number"] in body or p["phone"] in body for p in people for _, body in out)


def test_an_issued_batch_and_a_reissue_tell_each_holder_their_number(db, tmp_path, key_home):
    list_id, cases = final_list(db, tmp_path, 3)
    admin = province_admin()
    config.set_issuing_unit(db, admin, user_id=admin.user_id, unit_code="4301", body_name="长沙市人力资源和社会保障局")
    issued = issue_certificates(db, admin, obtained_on=dt.date(2026, 10, 18), series="05", list_id=list_id)["issued"]
    msgs, out = _counts(db, "certified")
    assert len(msgs) == 3 and set(msgs.values()) == {1} and len(out) == 3
    with db.read() as cur:
        bodies = dict(cur.execute("SELECT case_id, body FROM messages WHERE kind = 'certified'").fetchall())
    assert all(no in bodies[case_id] and "经济专业技术资格" in bodies[case_id] for case_id, no in issued)
    assert sorted(no for _, no in issued) == sorted(b[b.index("证书编号") + 4:].split("，")[0] for _, b in out)
    with pytest.raises(Conflict):  # nobody left to certify: refused, nothing sent
        issue_certificates(db, admin, obtained_on=dt.date(2026, 10, 18), series="05", list_id=list_id)
    assert len(_counts(db, "certified")[1]) == 3
    new_no = listing.reissue_certificate(db, admin, issued[0][1], reason="打印有误")
    msgs, out = _counts(db, "certified")
    assert len(out) == 4 and new_no in out[-1][1]
