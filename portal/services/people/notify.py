"""Notifications written inside the transaction of the event that causes them: an in-site message to
each recipient (candidates by their candidate record, so a message waits for an account not yet
activated; staff by account) and, for candidates, an SMS through the outbox (`messages.queue_sms`).
Whole lists and certificate batches are written by one statement each."""
from __future__ import annotations

import json
import logging

from portal.domain import message_texts as texts
from portal.domain.sms_texts import Sms
from portal.services.people import messages
from portal.store import clock, rows

log = logging.getLogger("portal.messages")


def to_candidate(cur, case: dict, kind: str, title: str, body: str, sms: Sms) -> None:
    """One message to the case's candidate, and the SMS to the listed phone when there is one."""
    cur.execute(rows.q("insert_message"), {"user_id": None, "candidate_id": case["candidate_id"], "kind": kind,
                                           "case_id": case["id"], "title": title, "body": body, "now": clock.now()})
    cand = rows.one(cur, "select_candidate", {"id": case["candidate_id"]})
    if cand and (cand["phone"] or "").strip():
        messages.queue_sms(cur, cand["phone"], sms.text, purpose=kind, params=sms.params)


def to_staff(cur, user_ids: list[int], case_id: int | None, kind: str, title: str, body: str) -> None:
    for user_id in user_ids:
        cur.execute(rows.q("insert_message"), {"user_id": user_id, "candidate_id": None, "kind": kind,
                                               "case_id": case_id, "title": title, "body": body, "now": clock.now()})


def case_returned(cur, case: dict, deadline, items: list[str]) -> None:
    to_candidate(cur, case, "returned", *texts.returned(case, deadline, items))


def case_decided(cur, case: dict, passed: bool, reasons: list[str] | None = None) -> None:
    to_candidate(cur, case, "passed" if passed else "failed", *texts.decided(case, passed, reasons))


def case_resubmitted(cur, case: dict, name: str) -> None:
    """To the reviewer who returned the case while they still review that city; else to every active
    reviewer of the city."""
    returner = rows.one(cur, "select_user", {"id": case["returned_by"]}) if case.get("returned_by") else None
    if returner and returner["active"] and returner["role"] == "reviewer" and case["city"] in (returner["cities"] or []):
        recipients = [returner["id"]]
    else:
        recipients = [r["id"] for r in rows.many(cur, "select_city_reviewers", {"city": case["city"]})]
    to_staff(cur, recipients, case["id"], "resubmitted", *texts.resubmitted(name, case))


def _bulk_sms(cur, query: str, params: dict) -> None:
    gateway = messages.gateway_configured()
    cur.execute(rows.q(query), params | {"status": "pending" if gateway else "stored", "gateway": gateway})


def list_published(cur, pass_list: dict, start, end) -> None:
    """Everyone on a just-published list (its row: id, title, exam, level, exam_year): one message and
    one SMS each."""
    head, body, sms = texts.listed(pass_list, start, end)
    now, list_id = clock.now(), pass_list["id"]
    cur.execute(rows.q("insert_messages_for_list"), {"list_id": list_id, "title": head, "body": body, "now": now})
    _bulk_sms(cur, "insert_outbox_for_list", {"list_id": list_id, "sms": sms.text, "now": now,
                                              "detail": json.dumps(sms.params, ensure_ascii=False)})
    log.info("pass list %s published: holders notified", list_id)


def certificates_issued(cur, batch_id: int) -> None:
    """Every holder of a just-issued batch: one message and one SMS each, naming their certificate."""
    head, body, sms = texts.certified_template()
    now = clock.now()
    cur.execute(rows.q("insert_messages_for_cert_batch"), {"batch_id": batch_id, "title": head, "body": body,
                                                           "now": now})
    _bulk_sms(cur, "insert_outbox_for_cert_batch", {"batch_id": batch_id, "sms": sms, "now": now})
    log.info("certificate batch %s issued: holders notified", batch_id)


def to_candidates(cur, case_ids: list[int], kind: str, title: str, body: str, sms: Sms) -> None:
    """The same message to the candidate of each case, and the SMS to each listed phone (one
    statement each, whatever the number of cases)."""
    now = clock.now()
    cur.execute(rows.q("insert_messages_for_cases"), {"case_ids": case_ids, "kind": kind, "title": title,
                                                      "body": body, "now": now})
    _bulk_sms(cur, "insert_outbox_for_cases", {"case_ids": case_ids, "kind": kind, "sms": sms.text, "now": now,
                                               "detail": json.dumps(sms.params, ensure_ascii=False)})
