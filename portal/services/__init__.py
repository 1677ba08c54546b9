"""Service layer: one function per user action; each runs in one unit of work with its audit event.
Every function takes `db` (portal.store.db.Database) and a `Principal` first, checks role and scope,
and raises `errors.PermissionDenied | NotFound | InvalidInput | Conflict` with a Chinese message.

Workflow API (helper "workflow"):
- accounts: `login(db, username, password) -> Principal`; `candidate_first_login(db, id_number,
  phone, new_password) -> Principal`; `create_staff(db, p, *, username, role, display_name, cities,
  password) -> user_id`. staff: `list_staff`, `reset_password(db, p, user_id, pw)`,
  `set_active(db, p, user_id, active)`, `change_password(db, p, old, new)`.
- candidate_import: `import_candidates(db, p, path) -> ImportReport(accepted, rejected, note)`.
- rounds: `create_round(db, p, *, exam_year, name, opens_at, closes_at, return_days=5, exam=None)`,
  `update_round(db, p, round_id, *, opens_at, closes_at, return_days)`, `list_rounds(db, p)`,
  `window_state(round) -> none|not_open|open|closed`.
- blacklist: `add_entry(db, p, *, id_number, name, reason)`, `edit_entry(db, p, id, *, reason)`,
  `lift_entry(db, p, id, *, reason)`, `list_entries(db, p, include_lifted=False)`,
  `add_history(db, p, *, id_number, exam, exam_year, reason)`.
- submission (candidate): `my_cases(db, p)`, `save_self_check(db, p, case_id, declared) -> verdict
  dict (eligible, reasons, required_kinds, ...)`, `attach_document(db, p, case_id, *, slot,
  upload_id)`, `detach_document(...)`, `documents(db, p, case_id)`, `submit_case(db, p, case_id,
  background=True)`, `resubmit_case(db, p, case_id, background=True)`.
- analysis: `status(db, case_id, submission_no)`, `resume_pending(db)` (call once at start-up).
- queue (reviewer/admin): `queue_page(db, p, *, city, exam, level, status, flagged, page, size,
  after, with_total) -> {rows, total, next_after}`, `claim_next(db, p, *, city=None) -> {id, city,
  state, lease_until} | None`, `claim_case(db, p, case_id)`, `release_case(db, p, case_id)`.
- decisions: `pass_case(db, p, case_id, *, note="")`, `fail_case(db, p, case_id, *, reasons,
  not_eligible=True)`, `return_case(db, p, case_id, *, items, deadline=None)`.
- admin_cases: `rollback_last(db, p, case_id, *, reason)`, `transfer_cases(db, p, case_ids, *,
  to_city, reason)`, `reassign_reviewer(db, p, from_user, to_user | None, *, reason)`.
- case_views: `get_case(db, p, case_id)`, `case_trail(db, p, case_id) -> {stage, stuck, events,
  operations}`, `search_cases(db, p, *, city, state, exam, exam_year, page, size)`.
- lifecycle (for other helpers, inside their transaction): `transition(cur, p, case_id, action,
  detail=...)` for publish / unpublish / finalize / certify / revoke; reopen:
  `reopen_for_review(cur, p, case_id, reason=...)` (published -> back in the queue, flagged).
"""
