"""A reviewer's decisions on a leased case: pass, fail with reasons, or return with one complete
list of corrections (一次性告知: one return per submission)."""
from __future__ import annotations

import datetime as dt

from checks import normalize
from portal.domain import deadlines
from portal.domain.errors import Conflict, InvalidInput
from portal.publish.workdays import CalendarUnknown
from portal.services.cases import exceptions, lifecycle, queue, review_ops, rounds
from portal.services.people import notify
from portal.services.people.auth import Principal, require_case_access, require_role
from portal.services.publication.calendar import work_calendar
from portal.store import audit, clock, rows


def _reasons(items) -> list[str]:
    out = [normalize.clean(i) for i in (items or []) if normalize.clean(i)]
    if not out:
        raise InvalidInput("请至少填写一条理由或需补正的事项")
    return out


def _decide(db, principal, case_id, action, decision: dict, extra=None) -> dict:
    with db.transaction() as cur:
        case = lifecycle.load(cur, case_id)
        require_role(principal, "reviewer", "admin")
        require_case_access(principal, case)  # scope before anything else is said about the case
        queue.remove_held(cur, principal, case_id)  # the lease check; a later error rolls it back
        if extra:
            decision = extra(cur, case, decision)
        fields = {"decided_by": principal.user_id, "decided_at": clock.now(),
                  "decision_json": audit.canonical(decision), "returned_by": case["returned_by"],
                  "return_deadline": case["return_deadline"]}
        if action == "return":
            fields.update(returned_by=principal.user_id, return_deadline=decision["deadline"],
                          decided_by=None, decided_at=None)
        new = lifecycle.transition(cur, principal, case_id, action, detail=decision, case=case,
                                   write="decide_case", fields=fields)
        new.update(fields)
        cur.execute(rows.q("insert_decision_op"), {  # as review_ops.record, without reading the id back
            "case_id": case_id, "op": action, "actor_id": principal.user_id, "now": clock.now(),
            "before_json": audit.canonical(review_ops.snapshot(case)),
            "after_json": audit.canonical(review_ops.snapshot(new))})
        submitted = case["submitted_at"]
        cur.execute(rows.q("insert_decision_fact"), {
            "case_id": case_id, "city": case["city"], "op": action, "actor_id": principal.user_id, "now": clock.now(),
            "hours": (clock.now() - submitted).total_seconds() / 3600 if submitted and clock.now() >= submitted else None,
            "reasons": list(decision.get("items") or decision.get("reasons") or []), "note": decision.get("note") or ""})
        if action == "return":
            notify.case_returned(cur, case, decision["deadline"], decision["items"])
        else:
            notify.case_decided(cur, case, action == "pass", decision.get("reasons"))
        return new


def pass_case(db, principal: Principal, case_id: int, *, note: str = "",
              acknowledgements: dict[str, str] | None = None) -> dict:
    """Pass. Every failing finding of the submission needs a reason in `acknowledgements`
    (keyed by `exceptions.finding_key`); they are stored with the decision."""
    def own(cur, case, decision):
        acks = exceptions.acknowledged(cur, case, acknowledgements)
        return decision | {"acknowledged": acks} if acks else decision
    return _decide(db, principal, case_id, "pass", {"note": normalize.clean(note)}, own)


def fail_case(db, principal: Principal, case_id: int, *, reasons: list[str],
              not_eligible: bool = False, not_eligible_reason: str = "") -> dict:
    """Scores void, no certificate. `not_eligible`: failed for not meeting the conditions, which
    bars the person from later rounds of this exam; it is never assumed and needs its own reason."""
    bar_reason = " ".join((not_eligible_reason or "").split())
    if not_eligible and not bar_reason:
        raise InvalidInput("勾选“今后同一考试不再受理”须填写不再受理的理由")

    def history(cur, case, decision):
        if not_eligible:  # the person's ID number is read inside the insert
            cur.execute(rows.q("insert_check_history_of_candidate"), {
                "candidate_id": case["candidate_id"], "exam": case["exam"], "exam_year": case["exam_year"],
                "reason": bar_reason, "case_id": case["id"], "now": clock.now()})
        return decision
    decision = {"reasons": _reasons(reasons), "not_eligible": bool(not_eligible)}
    if not_eligible:
        decision["not_eligible_reason"] = bar_reason
    return _decide(db, principal, case_id, "fail", decision, history)


def _workday(db):
    """The statutory calendar; Monday to Friday for a year it does not know yet."""
    calendar = work_calendar(db)

    def is_workday(day):
        try:
            return calendar.is_workday(day)
        except CalendarUnknown:
            return day.weekday() < 5
    return is_workday


def return_case(db, principal: Principal, case_id: int, *, items: list[str],
                deadline: dt.datetime | str | None = None) -> dict:
    """Return for supplementation with every item at once; refused a second time on one submission."""
    items = _reasons(items)

    def notice(cur, case, decision):
        if rows.one(cur, "select_notice", {"case_id": case_id, "submission_no": case["submission_no"]}):
            raise Conflict("本次提交已一次性告知过需补正的全部内容，考生重新提交前不能再次退回")
        if deadline is None:
            rnd = rounds.round_for(cur, case["exam"], case["exam_year"]) or {}
            due = deadlines.return_deadline(clock.now(), rnd.get("return_days") or 5, _workday(db),
                                            rnd.get("return_close"))
        else:
            due = rounds.parse_minute(deadline)
        if due <= clock.now():
            raise InvalidInput("补正截止时间必须晚于当前时间")
        cur.execute(rows.q("insert_notice"), {
            "case_id": case_id, "submission_no": case["submission_no"], "reviewer_id": principal.user_id,
            "items_json": audit.canonical(items), "deadline": due, "now": clock.now()})
        return decision | {"deadline": due}
    return _decide(db, principal, case_id, "return", {"items": items}, notice)
