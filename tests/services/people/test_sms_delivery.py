"""SMS through a configured gateway: each purpose goes out with its own template id and variables;
a sweep hands over a bounded number (single notices before a whole list's) and leaves the rest
queued for the next sweep; the outbox counts what waits, went out and failed."""
import datetime as dt

import pytest

from portal.demo.people import at
from portal.services.people import messages, reminders
from portal.services.publication import lists
from tests.services.publication.passers import CONTACT, load_passed, make_candidates, province_admin


@pytest.fixture
def gateway(monkeypatch):
    monkeypatch.setenv("PORTAL_SMS_URL", "https://sms.example/send")
    monkeypatch.setenv("PORTAL_SMS_RETRIES", "0")
    monkeypatch.setenv("PORTAL_SMS_TEMPLATE", "SMS_GENERAL")
    monkeypatch.setenv("PORTAL_SMS_TEMPLATE_RETURNED", "SMS_RETURNED")
    monkeypatch.setenv("PORTAL_SMS_PER_SWEEP", "3")
    posted, refused = [], set()

    def post(url, payload, key, timeout):
        if payload["phone"] in refused:
            raise ConnectionRefusedError("gateway refused")
        posted.append(payload)
    monkeypatch.setattr(messages, "_post", post)
    return posted, refused


def _published_list(db, tmp_path, people):
    load_passed(db, tmp_path, people)
    admin = province_admin()
    row = lists.build_pass_list(db, admin, exam="economics", exam_year=2026, level="intermediate", city="4301")
    lists.review_pass_list(db, admin, row["id"])
    with at(dt.datetime(2026, 9, 1, 9, 0)):
        lists.publish_pass_list(db, admin, row["id"], **CONTACT)


def test_a_sweep_sends_a_bounded_number_single_notices_first_and_the_rest_next_time(db, tmp_path, gateway):
    posted, refused = gateway
    people = make_candidates(5)
    _published_list(db, tmp_path, people)
    with db.transaction() as cur:  # a single notice recorded after the whole list's
        messages.queue_sms(cur, "13900000009", "【考后核查】退回通知", purpose="returned",
                           params={"exam": "经济专业技术资格（中级）", "content": "【考后核查】退回通知"})
    with db.read() as cur:
        order = [r for (r,) in cur.execute("SELECT recipient FROM outbox WHERE purpose = 'listed' ORDER BY id").fetchall()]
    assert sorted(order) == sorted(p["phone"] for p in people)
    refused.add(order[-1])
    admin = province_admin()
    assert messages.outbox_counts(db, admin) == {"pending": 6, "sent": 0, "failed": 0, "stored": 0}
    reminders.sweep(db)
    assert [p["template"] for p in posted] == ["SMS_RETURNED", "SMS_GENERAL", "SMS_GENERAL"]
    assert [p["phone"] for p in posted] == ["13900000009", *order[:2]]
    assert posted[1]["params"] == {"exam": "经济专业技术资格（中级）", "period": posted[1]["params"]["period"],
                                   "content": posted[1]["params"]["content"]}
    assert posted[1]["params"]["period"].startswith("2026-09-01至")
    assert messages.outbox_counts(db, admin) == {"pending": 3, "sent": 3, "failed": 0, "stored": 0}
    reminders.sweep(db)
    assert messages.outbox_counts(db, admin) == {"pending": 0, "sent": 5, "failed": 1, "stored": 0}
    assert len(posted) == 5 and reminders.deliver_pending(db) == 0  # nothing left; a failure is not resent


def test_without_a_gateway_every_message_is_kept_in_the_outbox(db, tmp_path):
    _published_list(db, tmp_path, make_candidates(3))
    assert messages.outbox_counts(db, province_admin()) == {"pending": 0, "sent": 0, "failed": 0, "stored": 3}
