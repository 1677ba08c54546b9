"""Notifications written inside the transaction of the event that causes them: an in-site message to
each recipient (candidates by their candidate record, so a message waits for an account not yet
activated; staff by account) and, for candidates, an SMS through the outbox (`messages.queue_sms`).
Whole lists and certificate batches are written by one statement each."""
from __future__ import annotations

import logging

from portal.domain import message_texts as texts
from portal.services.people import messages
from portal.store import clock, rows

log = logging.getLogger("portal.messages")


def to_candidate(cur, case: dict, kind: str, title: str, body: str, sms: str) -> None:
    """One message to the case's candidate, and the SMS to the listed phone when there is one."""
    cur.execute(rows.q("insert_message"), {"user_id": None, "candidate_id": case["candidate_id"], "kind": kind,
                                           "case_id": case["id"], "title": title, "body": body, "now": clock.now()})
    cand = rows.one(cur, "select_candidate", {"id": case["candidate_id"]})
    if cand and (cand["phone"] or "").strip():
        messages.queue_sms(cur, cand["phone"], sms, purpose=kind, params={"content": sms})


def to_staff(cur, user_ids: list[int], case_id: int | None, kind: str, title: str, body: str) -> None:
    for user_id in user_ids:
        cur.execute(rows.q("insert_message"), {"user_id": user_id, "candidate_id": None, "kind": kind,
                                               "case_id": case_id, "title": title, "body": body, "now": clock.now()})


def case_returned(cur, case: dict, deadline, items: list[str]) -> None:
    exam = texts.exam_words(case["exam"], case["level"], case["exam_year"])
    to_candidate(cur, case, "returned", *texts.returned(exam, deadline, items))


def case_decided(cur, case: dict, passed: bool, reasons: list[str] | None = None) -> None:
    exam = texts.exam_words(case["exam"], case["level"], case["exam_year"])
    to_candidate(cur, case, "passed" if passed else "failed", *texts.decided(exam, passed, reasons))


def case_resubmitted(cur, case: dict, name: str) -> None:
    """To the reviewer who returned the case while they still review that city; else to every active
    reviewer of the city."""
    returner = rows.one(cur, "select_user", {"id": case["returned_by"]}) if case.get("returned_by") else None
    if returner and returner["active"] and returner["role"] == "reviewer" and case["city"] in (returner["cities"] or []):
        recipients = [returner["id"]]
    else:
        recipients = [r["id"] for r in rows.many(cur, "select_city_reviewers", {"city": case["city"]})]
    exam = texts.exam_words(case["exam"], case["level"], case["exam_year"])
    to_staff(cur, recipients, case["id"], "resubmitted", *texts.resubmitted(name, exam, case["id"]))


def _bulk_sms(cur, query: str, params: dict) -> None:
    gateway = messages.gateway_configured()
    cur.execute(rows.q(query), params | {"status": "pending" if gateway else "stored", "gateway": gateway})


def list_published(cur, list_id: int, title: str, start, end) -> None:
    """Everyone on a just-published list: one message and one SMS each."""
    head, body, sms = texts.listed(title, start, end)
    now = clock.now()
    cur.execute(rows.q("insert_messages_for_list"), {"list_id": list_id, "title": head, "body": body, "now": now})
    _bulk_sms(cur, "insert_outbox_for_list", {"list_id": list_id, "sms": sms, "now": now})
    log.info("pass list %s published: holders notified", list_id)


def certificates_issued(cur, batch_id: int) -> None:
    """Every holder of a just-issued batch: one message and one SMS each, naming their certificate."""
    head, body, sms = texts.certified_template()
    now = clock.now()
    cur.execute(rows.q("insert_messages_for_cert_batch"), {"batch_id": batch_id, "title": head, "body": body,
                                                           "now": now})
    _bulk_sms(cur, "insert_outbox_for_cert_batch", {"batch_id": batch_id, "sms": sms, "now": now})
    log.info("certificate batch %s issued: holders notified", batch_id)
