"""The authorization matrix: every public function of portal/services (found by walking the package,
so a new function without an entry fails) is either called by each of eight callers with the
expected allow/deny, or listed in UNCALLED / NOT_COVERED with the reason. For every deny, the call
raises PermissionDenied and writes nothing: no row in any table, no audit event, no file.

"Allowed" means the call is not refused for who the caller is (it may still fail on the state of the
case, e.g. a lease held by someone else). Callers: nobody, the case's candidate, another candidate,
a reviewer of the case's city (长沙), a reviewer of another city (株洲), a deactivated 长沙 reviewer,
the 长沙 city admin and a province admin (every city), each with a live session."""
import datetime as dt
import importlib
import inspect
import io
import pkgutil

import pytest
from PIL import Image

import portal.services as services_pkg
from portal.config import portal_home
from portal.domain.errors import PermissionDenied
from portal.domain.sms_texts import Sms
from portal.services.people import accounts, staff
from tests.services.snapshot import changes, state

CALLERS = ("nobody", "owner", "other_candidate", "reviewer", "reviewer_other_city", "deactivated_reviewer",
           "city_admin", "province_admin")
OWNER, CANDS = {"owner"}, {"owner", "other_candidate"}
CITY_STAFF = {"reviewer", "city_admin", "province_admin"}
STAFF = CITY_STAFF | {"reviewer_other_city"}
ADMINS, PROVINCE = {"city_admin", "province_admin"}, {"province_admin"}
LIVE = CANDS | STAFF


def _png(blue=199):
    buf = io.BytesIO()
    Image.new("RGB", (50, 40), (9, 99, blue)).save(buf, "PNG")
    return buf.getvalue()


S = "portal.services."
# name -> (allowed callers, call(w, who)); `w` is the Scene below.
MATRIX = {
    "cases.admin.reassign_reviewer": (ADMINS, lambda w, p: w.m("cases.admin").reassign_reviewer(w.db, p, w.rev.user_id, None, reason="调岗")),
    "cases.admin.rollback_last": (ADMINS, lambda w, p: w.m("cases.admin").rollback_last(w.db, p, w.case, reason="误判")),
    "cases.admin.transfer_cases": (ADMINS, lambda w, p: w.m("cases.admin").transfer_cases(w.db, p, [w.case], to_city="4303", reason="回避")),
    "cases.bulk.claim_next_n": (STAFF, lambda w, p: w.m("cases.bulk").claim_next_n(w.db, p, 2)),
    "cases.bulk.release_all_mine": (STAFF, lambda w, p: w.m("cases.bulk").release_all_mine(w.db, p)),
    "certificates.listing.list_certificates": (ADMINS, lambda w, p: w.m("certificates.listing").list_certificates(w.db, p)),
    "people.list_preview.preview_candidates": (ADMINS, lambda w, p: w.m("people.list_preview").preview_candidates(
        w.db, p, w.list_file)),
    "views.admin.preview_upload": (ADMINS, lambda w, p: w.m("views.admin").preview_upload(w.db, p, "l.csv", w.list_file.read_bytes())),
    "views.candidate.application_form": (OWNER | CITY_STAFF, lambda w, p: w.m("views.candidate").application_form(w.db, p, w.case)),
    "views.read_only.open_read_only": (CITY_STAFF, lambda w, p: w.m("views.read_only").open_read_only(w.db, p, w.case)),
    "views.search.export_cases": (STAFF, lambda w, p: w.m("views.search").export_cases(w.db, p, names={})),
    "views.search.find_cases": (STAFF, lambda w, p: w.m("views.search").find_cases(w.db, p)),
    "views.search.find_in_queue": (STAFF, lambda w, p: w.m("views.search").find_in_queue(w.db, p, "张")),
    "cases.decisions.fail_case": (CITY_STAFF, lambda w, p: w.m("cases.decisions").fail_case(w.db, p, w.case, reasons=["不符合"])),
    "cases.decisions.pass_case": (CITY_STAFF, lambda w, p: w.m("cases.decisions").pass_case(w.db, p, w.case)),
    "cases.decisions.return_case": (CITY_STAFF, lambda w, p: w.m("cases.decisions").return_case(w.db, p, w.case, items=["补"])),
    "cases.queue.claim_case": (CITY_STAFF, lambda w, p: w.m("cases.queue").claim_case(w.db, p, w.case)),
    "cases.queue.claim_next": (STAFF, lambda w, p: w.m("cases.queue").claim_next(w.db, p)),
    "cases.queue.queue_page": (STAFF, lambda w, p: w.m("cases.queue").queue_page(w.db, p)),
    "cases.queue.release_case": (CITY_STAFF, lambda w, p: w.m("cases.queue").release_case(w.db, p, w.case)),
    "cases.rounds.create_round": (PROVINCE, lambda w, p: w.m("cases.rounds").create_round(
        w.db, p, exam_year=2023, name="x", opens_at="2023-04-01 09:00", closes_at="2023-04-09 17:00")),
    "cases.rounds.list_rounds": (LIVE, lambda w, p: w.m("cases.rounds").list_rounds(w.db, p)),
    "cases.rounds.update_round": (PROVINCE, lambda w, p: w.m("cases.rounds").update_round(
        w.db, p, w.round_id, opens_at="2022-04-25 09:30", closes_at="2022-05-30 17:00", return_days=5)),
    "cases.submission.attach_document": (OWNER, lambda w, p: w.m("cases.submission").attach_document(
        w.db, p, w.case, slot="diploma", upload_id=w.upload_id)),
    "cases.submission.check_attachable": (OWNER, lambda w, p: w.m("cases.submission").check_attachable(w.db, p, w.case, slot="diploma")),
    "cases.submission.detach_document": (OWNER, lambda w, p: w.m("cases.submission").detach_document(
        w.db, p, w.case, slot="diploma", upload_id=w.upload_id)),
    "cases.submission.documents": (OWNER | CITY_STAFF, lambda w, p: w.m("cases.submission").documents(w.db, p, w.case)),
    "cases.submission.my_cases": (CANDS, lambda w, p: w.m("cases.submission").my_cases(w.db, p)),
    "cases.submission.resubmit_case": (OWNER, lambda w, p: w.m("cases.submission").resubmit_case(w.db, p, w.case, background=False)),
    "cases.submission.save_self_check": (OWNER, lambda w, p: w.m("cases.submission").save_self_check(w.db, p, w.case, {})),
    "cases.submission.submit_case": (OWNER, lambda w, p: w.m("cases.submission").submit_case(w.db, p, w.case, background=False)),
    "certificates.common.my_certificates": (CANDS, lambda w, p: w.m("certificates.common").my_certificates(w.db, p)),
    "certificates.keys.rotate_signing_keys": (PROVINCE, lambda w, p: w.m("certificates.keys").rotate_signing_keys(w.db, p)),
    "certificates.config.add_series": (PROVINCE, lambda w, p: w.m("certificates.config").add_series(w.db, p, "07", "工程")),
    "certificates.config.set_issuing_unit": (ADMINS, lambda w, p: w.m("certificates.config").set_issuing_unit(
        w.db, p, user_id=getattr(p, "user_id", 0), unit_code="4301", body_name="长沙市职称办")),
    "certificates.report.ministry_report": (ADMINS, lambda w, p: w.m("certificates.report").ministry_report(
        w.db, p, first=dt.date(2022, 1, 1), last=dt.date(2022, 12, 31))),
    "certificates.report.report_rows": (ADMINS, lambda w, p: w.m("certificates.report").report_rows(
        w.db, p, first=dt.date(2022, 1, 1), last=dt.date(2022, 12, 31))),
    "certificates.revoke.integrity_records": (ADMINS, lambda w, p: w.m("certificates.revoke").integrity_records(w.db, p)),
    "documents.attaching.attach_upload": (OWNER, lambda w, p: w.m("documents.attaching").attach_upload(
        w.db, p, w.case, slot="diploma", filename="d.png", data=_png())),
    "documents.previews.pages": (OWNER | CITY_STAFF, lambda w, p: w.m("documents.previews").pages(w.db, p, w.upload_id)),
    "documents.uploads.get_upload": (OWNER | CITY_STAFF, lambda w, p: w.m("documents.uploads").get_upload(w.db, p, w.upload_id)),
    "documents.uploads.upload": (LIVE, lambda w, p: w.m("documents.uploads").upload(w.db, p, filename="u.png", data=_png())),
    "people.accounts.create_staff": (ADMINS, lambda w, p: w.m("people.accounts").create_staff(
        w.db, p, username="new1", role="reviewer", display_name="新", cities=["4301"], password="Passw0rd1")),
    "people.blacklist.add_entry": (PROVINCE, lambda w, p: w.m("people.blacklist").add_entry(
        w.db, p, id_number=w.person["id_number"], name=w.person["name"], reason="伪造")),
    "people.blacklist.add_history": (PROVINCE, lambda w, p: w.m("people.blacklist").add_history(
        w.db, p, id_number=w.person["id_number"], exam="economics", exam_year=2020, reason="不符合")),
    "people.blacklist.edit_entry": (PROVINCE, lambda w, p: w.m("people.blacklist").edit_entry(w.db, p, w.entry, reason="改")),
    "people.blacklist.lift_entry": (PROVINCE, lambda w, p: w.m("people.blacklist").lift_entry(w.db, p, w.entry, reason="解除")),
    "people.blacklist.list_entries": (ADMINS, lambda w, p: w.m("people.blacklist").list_entries(w.db, p)),
    "people.candidate_accounts.correct_phone": (ADMINS, lambda w, p: w.m("people.candidate_accounts").correct_phone(
        w.db, p, w.person["id_number"], "13900009999", reason="名单有误")),
    "people.candidate_accounts.reset_candidate_password": (ADMINS, lambda w, p: w.m("people.candidate_accounts")
                                                           .reset_candidate_password(w.db, p, w.person["id_number"])),
    "people.list_import.import_candidates": (ADMINS, lambda w, p: w.m("people.list_import").import_candidates(w.db, p, w.list_file)),
    "people.locks.unlock": (ADMINS, lambda w, p: w.m("people.locks").unlock(w.db, p, w.rev.user_id)),
    "people.messages.list_outbox": (PROVINCE, lambda w, p: w.m("people.messages").list_outbox(w.db, p)),
    "people.messages.count_outbox": (PROVINCE, lambda w, p: w.m("people.messages").count_outbox(w.db, p)),
    "people.messages.outbox_counts": (PROVINCE, lambda w, p: w.m("people.messages").outbox_counts(w.db, p)),
    "people.inbox.unread_count": (LIVE, lambda w, p: w.m("people.inbox").unread_count(w.db, p)),
    "people.inbox.my_messages": (LIVE, lambda w, p: w.m("people.inbox").my_messages(w.db, p)),
    "people.inbox.mark_read": (OWNER, lambda w, p: w.m("people.inbox").mark_read(w.db, p, w.message_id)),
    "people.inbox.mark_all_read": (LIVE, lambda w, p: w.m("people.inbox").mark_all_read(w.db, p)),
    "people.staff.change_password": (LIVE, lambda w, p: w.m("people.staff").change_password(w.db, p, "wrong-old1", "Neu2024pass")),
    "people.staff.find_staff": (ADMINS, lambda w, p: w.m("people.staff").find_staff(w.db, p, "cs1")),
    "people.staff.list_staff": (ADMINS, lambda w, p: w.m("people.staff").list_staff(w.db, p)),
    "people.staff.reset_password": (ADMINS, lambda w, p: w.m("people.staff").reset_password(w.db, p, w.rev.user_id)),
    "people.staff.set_active": (ADMINS, lambda w, p: w.m("people.staff").set_active(w.db, p, w.rev.user_id, True)),
    "people.roles.set_role": (ADMINS, lambda w, p: w.m("people.roles").set_role(w.db, p, w.rev.user_id, "admin")),
    "people.staff.set_cities": (ADMINS, lambda w, p: w.m("people.staff").set_cities(w.db, p, w.rev.user_id, ["4301"])),
    "publication.calendar.enter_holidays": (PROVINCE, lambda w, p: w.m("publication.calendar").enter_holidays(
        w.db, p, 2027, [(dt.date(2027, 1, 1), False, "元旦")], source="国办发明电")),
    "publication.lists.build_pass_list": (ADMINS, lambda w, p: w.m("publication.lists").build_pass_list(
        w.db, p, exam="economics", exam_year=2021, city="4301")),
    "views.admin.import_upload": (ADMINS, lambda w, p: w.m("views.admin").import_upload(w.db, p, "l.csv", w.list_file.read_bytes())),
    "views.admin.review_ops": (ADMINS, lambda w, p: w.m("views.admin").review_ops(w.db, p, w.case)),
    "views.admin.staff_list": (ADMINS, lambda w, p: w.m("views.admin").staff_list(w.db, p)),
    "views.backup.list_backups": (PROVINCE, lambda w, p: w.m("views.backup").list_backups(w.db, p)),
    "views.backup.home_keys": (PROVINCE, lambda w, p: w.m("views.backup").home_keys(w.db, p)),
    "views.candidate.analysis_progress": (OWNER | CITY_STAFF, lambda w, p: w.m("views.candidate").analysis_progress(w.db, p, w.case)),
    "views.candidate.case_choices": (CANDS, lambda w, p: w.m("views.candidate").case_choices(w.db, p)),
    "views.candidate.case_status": (OWNER, lambda w, p: w.m("views.candidate").case_status(w.db, p, w.case)),
    "views.candidate.my_case": (OWNER, lambda w, p: w.m("views.candidate").my_case(w.db, p, w.case)),
    "views.candidate.slots": (OWNER, lambda w, p: w.m("views.candidate").slots(w.db, p, w.case)),
    "views.candidate.verdict": (OWNER, lambda w, p: w.m("views.candidate").verdict(w.db, p, w.case)),
    "views.cases.case_trail": (CITY_STAFF, lambda w, p: w.m("views.cases").case_trail(w.db, p, w.case)),
    "views.cases.get_case": (OWNER | CITY_STAFF, lambda w, p: w.m("views.cases").get_case(w.db, p, w.case)),
    "views.cases.search_cases": (STAFF, lambda w, p: w.m("views.cases").search_cases(w.db, p)),
    "views.conditions.exam_conditions": (STAFF, lambda w, p: w.m("views.conditions").exam_conditions(p, "economics")),
    "views.conditions.exams": (STAFF, lambda w, p: w.m("views.conditions").exams(p)),
    "views.dashboard.dashboard": (ADMINS, lambda w, p: w.m("views.dashboard").dashboard(w.db, p)),
    "views.documents.draft_review": (OWNER | CITY_STAFF, lambda w, p: w.m("views.documents").draft_review(w.db, p, w.case)),
    "views.documents.submitted_review": (CITY_STAFF, lambda w, p: w.m("views.documents").submitted_review(w.db, p, w.case)),
    "views.history.case_trail": (CITY_STAFF, lambda w, p: w.m("views.history").case_trail(w.db, p, w.case)),
    "views.history.my_decisions": (STAFF, lambda w, p: w.m("views.history").my_decisions(w.db, p)),
    "views.history.search_all": (STAFF, lambda w, p: w.m("views.history").search_all(w.db, p)),
    "views.review.my_leases": (STAFF, lambda w, p: w.m("views.review").my_leases(w.db, p)),
    "views.review.queue_rows": (STAFF, lambda w, p: w.m("views.review").queue_rows(w.db, p)),
    "key_files.export_keys": (PROVINCE, lambda w, p: w.m("key_files").export_keys(
        portal_home(), p, w.list_file.parent / "keys.enc", "口令足够长的一句话")),
    "key_files.import_keys": (PROVINCE, lambda w, p: w.m("key_files").import_keys(
        portal_home(), p, w.key_bundle(), "口令足够长的一句话")),
    # on the certified part of the Scene: a final 2026 list and the owner's certificate from it
    "certificates.common.certificate_pdf": (OWNER | ADMINS, lambda w, p: w.m("certificates.common").certificate_pdf(
        w.db, p, w.cert_no)),
    "certificates.common.get_certificate": (OWNER | ADMINS, lambda w, p: w.m("certificates.common").get_certificate(
        w.db, p, w.cert_no)),
    "certificates.issue.issue_certificates": (ADMINS, lambda w, p: w.m("certificates.issue").issue_certificates(
        w.db, p, obtained_on=dt.date(2026, 10, 18), series="05", list_id=w.list_id)),
    "certificates.revoke.revoke_certificate": (ADMINS, lambda w, p: w.m("certificates.revoke").revoke_certificate(
        w.db, p, w.cert_no, reason="信息录入错误")),
    "certificates.revoke.set_basis": (ADMINS, lambda w, p: w.m("certificates.revoke").set_basis(w.db, p, w.cert_no, w.cert_no)),
    "certificates.listing.reissue_certificate": (ADMINS, lambda w, p: w.m("certificates.listing").reissue_certificate(
        w.db, p, w.cert_no, reason="遗失补发")),
    "certificates.listing.default_obtained_on": (ADMINS, lambda w, p: w.m("certificates.listing").default_obtained_on(
        w.db, p, w.list_id)),
    "publication.exports.export_pass_list": (ADMINS, lambda w, p: w.m("publication.exports").export_pass_list(
        w.db, p, w.list_id, fmt="xlsx", public=False)),
    "publication.exports.pass_list_changes": (ADMINS, lambda w, p: w.m("publication.exports").pass_list_changes(w.db, p, w.list_id)),
    "publication.exports.pass_list_entries": (ADMINS, lambda w, p: w.m("publication.exports").pass_list_entries(w.db, p, w.list_id)),
    "publication.lists.finalise_pass_list": (ADMINS, lambda w, p: w.m("publication.lists").finalise_pass_list(w.db, p, w.list_id)),
    "publication.lists.get_pass_list": (ADMINS, lambda w, p: w.m("publication.lists").get_pass_list(w.db, p, w.list_id)),
    "publication.lists.publish_pass_list": (ADMINS, lambda w, p: w.m("publication.lists").publish_pass_list(
        w.db, p, w.list_id, publisher="长沙市人社局", objection_unit="专技处", objection_phone="0731-88888888")),
    "publication.lists.review_pass_list": (ADMINS, lambda w, p: w.m("publication.lists").review_pass_list(w.db, p, w.list_id)),
    "publication.objections.record_objection": (ADMINS, lambda w, p: w.m("publication.objections").record_objection(
        w.db, p, w.list_id, w.cert_case, raised_by="李某 13800000000", reason="学历存疑")),
    # the job queue's user-facing functions, and the upkeep the command line runs as the operator
    "cases.exceptions.open_exceptions": (CITY_STAFF, lambda w, p: w.m("cases.exceptions").open_exceptions(w.db, p, w.case)),
    "certificates.public_url.set_public_url": (PROVINCE, lambda w, p: w.m("certificates.public_url").set_public_url(
        w.db, p, "https://zhicheng.example.gov.cn")),
    "documents.uploads.accept": (LIVE, lambda w, p: w.m("documents.uploads").accept(w.db, p, filename="a.png", data=_png(9))),
    "documents.uploads.record": (LIVE, lambda w, p: w.m("documents.uploads").record(w.db, p, w.accepted)),
    "views.documents.reading_progress": (OWNER | CITY_STAFF, lambda w, p: w.m("views.documents").reading_progress(
        w.db, p, w.case)),
    "views.backup.create_backup": (PROVINCE, lambda w, p: w.m("views.backup").create_backup(w.db, p)),
    "views.backup.zip_backup": (PROVINCE, lambda w, p: w.m("views.backup").zip_backup(w.db, p, "20260101-000000")),
    "system.audit_checkpoint": (PROVINCE, lambda w, p: w.m("system").audit_checkpoint(w.db, p)),
    "system.make_backup": (PROVINCE, lambda w, p: w.m("system").make_backup(w.db, p, w.tmp / "bk")),
    "system.restore_backup": (PROVINCE, lambda w, p: w.m("system").restore_backup(p, w.tmp / "no-backup", w.tmp / "elsewhere")),
    "system.verify_audit": (PROVINCE, lambda w, p: w.m("system").verify_audit(w.db, p)),
    "system.rekey_audit": (PROVINCE, lambda w, p: w.m("system").rekey_audit(w.db, p)),
}
# Entries that need the certified part of the Scene (built before any caller is tried).
CERTIFIED = {n for n in MATRIX if n.startswith(("certificates.common.", "certificates.issue.", "certificates.revoke.r",
                                                "certificates.revoke.s", "certificates.listing.re",
                                                "certificates.listing.d", "publication."))}

_INSIDE = "takes a cursor: runs inside a calling service's transaction, after that service's checks"
_PURE = "pure: no database, no caller"
_PUBLIC = "anonymous by design: the public, login and one-time-code flows (tested in their own files)"
_PROCESS = "the portal process itself (startup, background analysis, command-line plumbing), no caller"
_CHECK = "the caller check itself, which every entry of MATRIX exercises"
UNCALLED = {
    **dict.fromkeys(["cases.analysis.create_job", "cases.analysis_store.findings", "cases.analysis_store.job",
                     "cases.analysis_store.load_case", "cases.analysis_store.set_job", "cases.analysis_store.unfinished",
                     "cases.lifecycle.load", "cases.lifecycle.transition", "cases.queue.dequeue", "cases.queue.enqueue",
                     "cases.queue.entry_for", "cases.queue.held_lease", "cases.queue.remove_held",
                     "cases.reopen.reopen_for_review", "cases.review_ops.history", "cases.review_ops.latest",
                     "cases.review_ops.record", "cases.rounds.round_for", "documents.uploads.document_for_analysis",
                     "people.blacklist.blocking_reason", "people.codes.send_code", "people.locks.locked_usernames",
                     "people.login.wait_minutes", "people.messages.queue_sms", "people.sessions.open_session",
                     "people.notify.to_candidate", "people.notify.to_staff", "people.notify.case_returned",
                     "people.notify.case_decided", "people.notify.case_resubmitted", "people.notify.list_published",
                     "people.notify.certificates_issued", "people.notify.to_candidates",
                     "people.sessions.revoke_all", "certificates.attempts.client_attempts",
                     "certificates.attempts.log_attempt", "cases.analysis_job.enqueue",
                     "cases.analysis_store.unqueued", "cases.exceptions.acknowledged", "cases.exceptions.failing",
                     "documents.reading_jobs.enqueue", "documents.reading_jobs.status"], _INSIDE),
    **dict.fromkeys(["cases.analysis.required_kinds", "cases.analysis.self_check", "cases.review_ops.snapshot",
                     "cases.rounds.parse_minute", "cases.rounds.window_state", "cases.eligibility.judge_file",
                     "cases.eligibility.read_rows", "certificates.codes.code_problem", "certificates.codes.scheme_names",
                     "certificates.common.now", "certificates.common.signed_fields", "certificates.common.verify_url",
                     "certificates.revoke.keep_until", "documents.reading.check_options", "documents.reading.engine_names",
                     "documents.reading.run", "documents.uploads.files_home", "people.list_file.read",
                     "people.login.normal_username", "people.login.shown_username", "people.messages.gateway_configured", "people.messages.template",
                     "people.passwords.check_policy", "people.passwords.hash_password", "people.passwords.verify",
                     "people.sessions.token_hash", "people.staff.temporary_password", "publication.calendar.now",
                     "publication.common.status_name", "views.admin.accepted_rows", "views.admin.rejected_csv",
                     "views.admin.rejected_csv_rows", "views.admin.rejected_rows", "views.candidate.declared",
                     "views.cases.stage", "views.documents.upload_limit_mb", "views.documents.upload_types",
                     "views.documents.upload_types_shown", "views.reference.city_name",
                     "views.reference.city_names", "views.reference.exam_name", "views.reference.exam_names",
                     "views.reference.level_name", "views.reference.level_names", "views.review.flag_labels",
                     "views.review.flag_name", "views.review.return_suggestions", "views.review.rule_reasons",
                     "views.review.fail_suggestions",
                     "views.review.rule_years", "views.admin.preview_rows", "views.admin.template_xlsx",
                     "views.conditions.shown", "views.excel.cell", "views.excel.title_line",
                     "views.excel.full_numbers", "people.clients.client_of", "cases.analysis_job.rule_findings",
                     "cases.analysis_job.subject", "cases.exceptions.finding_key", "certificates.public_url.check_url",
                     "control.socket_path", "documents.reading_jobs.failed_extraction",
                     "publication.common.notice_contact", "views.documents.reading_pending",
                     "views.history.acknowledgement"], _PURE),
    "views.documents.upload_limits_shown": "the upload limits from the environment: no stored data, no caller",
    **dict.fromkeys(["certificates.public_url.public_url", "certificates.public_url.require_public_url"],
                    "the public verification address printed on every certificate: no secret, no caller"),
    "certificates.listing.issuing_units": "choices computed from the caller's own cities: no stored data",
    "views.reason_tally.top": "a part of views.dashboard.dashboard, which checks the role; takes cities, not a principal",
    "views.excel.table_xlsx": "writes the table a page already shows; the principal only decides whether numbers are masked",
    **dict.fromkeys(["certificates.upload_check.check_uploaded_certificate", "certificates.verify.verify_certificate",
                     "people.codes.request_code", "people.codes.set_password_with_code", "people.login.login",
                     "views.public.current_rounds", "views.public.public_entries", "views.public.published_lists",
                     "publication.lists.list_pass_lists", "people.sessions.resolve", "people.sessions.logout"], _PUBLIC),
    **dict.fromkeys(["cases.analysis.start", "cases.analysis.status",
                     "cases.analysis_store.progress", "cases.analysis_store.save",
                     "certificates.common.key_home", "certificates.common.signing_key", "certificates.config.configured_series",
                     "certificates.config.issuing_unit", "certificates.config.series_names", "documents.uploads.save_extraction",
                     "people.messages.deliver", "publication.calendar.calendar_coverage",
                     "people.reminders.remind_deadlines", "people.reminders.deliver_pending", "people.reminders.sweep",
                     "people.window_reminders.remind_window_closes", "people.reminders.per_sweep",
                     "publication.calendar.work_calendar", "startup.home_path", "startup.open_portal",
                     "system.open_home", "system.operator", "views.backup.backups_dir", "system.database_file_digest",
                     "cases.analysis_store.documents", "processing.executors", "processing.job_counts",
                     "processing.resume", "processing.start", "processing.stop", "output.captured", "output.install",
                     "processing.join_cluster"],
                    _PROCESS),
    **dict.fromkeys(["control.answering", "control.forward", "control.serve"],
                    "the control socket between the command line and a running portal (owner-only, 0600); the "
                    "commands it carries run as the operator through the services listed here"),
    **dict.fromkeys(["people.auth.actor_fields", "people.auth.ensure_live", "people.auth.is_province_admin",
                     "people.auth.require_case_access", "people.auth.require_city", "people.auth.require_province_admin",
                     "people.auth.require_role", "people.sessions.check"], _CHECK),
}
NOT_COVERED: dict[str, str] = {}  # every function is in MATRIX or UNCALLED


def public_functions() -> set[str]:
    found = set()
    for info in pkgutil.walk_packages(services_pkg.__path__, S):
        module = importlib.import_module(info.name)
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ == module.__name__ and not name.startswith("_"):
                found.add(f"{info.name[len(S):]}.{name}")
    return found


def test_every_public_service_function_has_an_entry():
    listed = set(MATRIX) | set(UNCALLED) | set(NOT_COVERED)
    found = public_functions()
    assert sorted(found - listed) == [], "add these to the authorization matrix"
    assert sorted(listed - found) == [], "these entries name no function any more"
    assert not set(MATRIX) & (set(UNCALLED) | set(NOT_COVERED)) and not set(UNCALLED) & set(NOT_COVERED)


class Scene:
    """A submitted 长沙 case with an attached scan, a blacklist entry and the eight callers."""

    def __init__(self, world, tmp_path):
        from tests.services.factory import make_row, write_csv
        self.db, self.round_id = world.db, world.round_id
        self.case = world.changsha[0]
        self.person = world.cases[self.case]
        world.submit(self.case)
        self.upload_id = next(u for u, (c, _) in world.uploaded.items() if c == self.case)
        self.entry = self.m("people.blacklist").add_entry(world.db, world.admin, id_number=world.cases[world.zhuzhou[0]]["id_number"],
                                                           name="某", reason="r")
        self.list_file = write_csv(tmp_path / "more.csv", [make_row(7)])
        accounts.create_staff(world.db, world.admin, username="prov", role="admin", display_name="省",
                              cities=list(world.admin.cities), password="Passw0rd1")
        self.rev, self.tmp = world.staff["cs1"], tmp_path
        self.accepted = self.m("documents.uploads").accept(world.db, world.candidate(self.case), filename="r.png",
                                                           data=_png(77))
        with world.db.transaction() as cur:  # a message to the case's candidate, as a return would write
            self.m("people.notify").to_candidate(cur, {"id": self.case, "candidate_id": self.person_id(world)},
                                                 "returned", "标题", "正文", Sms("短信", {"content": "短信"}))
            self.message_id = cur.execute("SELECT max(id) FROM messages").fetchone()[0]
        deactivated = world.staff["cs2"]
        staff.set_active(world.db, world.staff["csadmin"], deactivated.user_id, False)
        self.callers = {"nobody": None, "owner": world.candidate(self.case),
                        "other_candidate": world.candidate(world.changsha[1]), "reviewer": self.rev,
                        "reviewer_other_city": world.staff["zz1"], "deactivated_reviewer": deactivated,
                        "city_admin": world.staff["csadmin"], "province_admin": accounts.login(world.db, "prov", "Passw0rd1")}

    def certify(self, world, tmp_path):
        """The owner, also a passer of economics 2026, on a final 长沙 list with a certificate from it."""
        from portal.demo.people import at
        from tests.services.factory import make_row, write_csv
        admin, lists = world.admin, self.m("publication.lists")
        self.m("people.list_import").import_candidates(world.db, admin, write_csv(
            tmp_path / "2026.csv", [make_row(1, exam_year="2026"), make_row(2, exam_year="2026")]))
        with world.db.transaction() as cur:  # the review decision is tested in tests/services/cases
            cur.execute("UPDATE cases SET state = 'passed' WHERE exam_year = 2026")
            self.cert_case = cur.execute("SELECT k.id FROM cases k JOIN candidates c ON c.id = k.candidate_id "
                                         "WHERE k.exam_year = 2026 AND c.id_number = $i",
                                         {"i": self.person["id_number"]}).fetchone()[0]
        self.list_id = lists.build_pass_list(world.db, admin, exam="economics", exam_year=2026, level="intermediate",
                                             city="4301")["id"]
        lists.review_pass_list(world.db, admin, self.list_id)
        with at(dt.datetime(2026, 9, 1, 9, 0)):
            lists.publish_pass_list(world.db, admin, self.list_id, publisher="长沙市人社局", objection_unit="专技处",
                                    objection_phone="0731-88888888")
        with at(dt.datetime(2026, 9, 30, 9, 0)):
            lists.finalise_pass_list(world.db, admin, self.list_id)
        self.m("certificates.public_url").set_public_url(world.db, admin, "https://zhicheng.example.gov.cn")
        self.m("certificates.config").set_issuing_unit(world.db, admin, user_id=admin.user_id, unit_code="4301",
                                                       body_name="长沙市人力资源和社会保障局")
        with at(dt.datetime(2026, 11, 24, 10, 0)):
            issued = self.m("certificates.issue").issue_certificates(
                world.db, admin, obtained_on=dt.date(2026, 10, 18), series="05", list_id=self.list_id)["issued"]
        self.cert_no = dict(issued)[self.cert_case]

    def key_bundle(self):
        """An exported key file (outside PORTAL_HOME) holding one audit key."""
        from portal.store import key_bundle
        path = self.list_file.parent / "import.enc"
        path.write_bytes(key_bundle.seal({"audit-hmac-sha256.key": b"k" * 32}, "口令足够长的一句话"))
        return path

    def person_id(self, world):
        return world.candidate(self.case).candidate_id

    @staticmethod
    def m(name):
        return importlib.import_module(S + name)


@pytest.mark.parametrize("name", sorted(MATRIX))
def test_callers_get_the_expected_answer_and_a_deny_writes_nothing(name, world, tmp_path):
    allowed, call = MATRIX[name]
    scene = Scene(world, tmp_path)
    if name in CERTIFIED:
        scene.certify(world, tmp_path)
    wrong = []
    for caller in sorted(CALLERS, key=lambda c: c in allowed):  # denies first: allowed calls change state
        who = scene.callers[caller]
        before = state(scene.db)
        try:
            call(scene, who)
            refused = False
        except PermissionDenied:
            refused = True
        except Exception:  # noqa: BLE001 (refused for the state of things, not for the caller)
            refused = False
        if refused != (caller not in allowed):
            wrong.append(f"{caller}: {'refused' if refused else 'allowed'}")
        if refused:
            assert changes(before, state(scene.db)) == {}, f"{name} refused {caller} but wrote"
    assert wrong == [], name


def counts() -> dict[str, tuple[int, int]]:
    """(allowed, denied) per caller over MATRIX, as the test above checks them."""
    return {c: (sum(c in a for a, _ in MATRIX.values()), sum(c not in a for a, _ in MATRIX.values())) for c in CALLERS}


if __name__ == "__main__":  # python -P tests/services/test_authorization_matrix.py (from the repository root)
    print(f"{len(MATRIX)} functions with callers, {len(UNCALLED)} with none (each with its reason), "
          f"{len(NOT_COVERED)} not covered")
    for caller, (yes, no) in counts().items():
        print(f"{caller:22} allowed {yes:3}  denied {no:3}")
