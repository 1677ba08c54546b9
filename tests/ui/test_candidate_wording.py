"""What the candidate reads, page by page, for realistic cases: a draft with misrecognised files, a
returned case whose items a reviewer typed twice with Chinese punctuation, a failed case. No page
may show a Latin-letter word, a code or an instruction meant for staff."""
import re

from portal.demo.scans import scan
from portal.domain import names
from portal.services.cases import decisions, queue, submission
from portal.services.views import documents as documents_view
from portal.services.views import review
from tests.domain.test_candidate_findings import FINDING_CODES, RULE_CODES
from tests.ui.conftest import app, case_of, texts
from tests.ui.test_candidate_pages import PEOPLE, ZHOU, _wait_for_reading
from tests.ui.test_chinese_only import visible

PAGES = ("portal/ui/candidate/self_check.py", "portal/ui/candidate/upload.py", "portal/ui/candidate/my_case.py")
FORMATS = {"PDF", "JPG", "JPEG", "PNG", "TIF", "TIFF", "WebP", "BMP", "MB"}  # file types named in the upload limits
WORD = re.compile(r"[A-Za-z]{2,}")
ASIDE = re.compile(r"<?https?://\S+>?|[\w.-]+\.(?:pdf|png|jpg|jpeg|tif|tiff)\b|\*\*")  # addresses, file names
STAFF = ("请人工", "人工核验", "应为", "请考生", "核查员", "审核员")
CODES = sorted(c for c in FINDING_CODES | RULE_CODES | set(names.codes("kind")) | set(names.codes("field"))
               | set(names.codes("declared")) | set(names.codes("state")) if len(c) > 3)
TYPED = "报名表请本人签名，并由单位人事部门加盖公章（原件扫描）；手机号码写在表格上方。"


def _read(at) -> str:
    """Every text on the page the candidate can read, tables included (not the fields read from a
    file, which are the candidate's own data as printed)."""
    parts = visible(at)
    for table in at.dataframe:
        if "识别结果" not in table.value.columns:
            parts += [str(v) for v in table.value.astype(str).to_numpy().ravel()]
    return "\n".join(parts)


def _assert_written_for_the_candidate(who) -> str:
    shown = []
    for page in PAGES:
        at = app(who, page)
        assert not at.exception
        text = _read(at)
        words = {w for w in WORD.findall(ASIDE.sub(" ", text)) if w not in FORMATS}
        assert not words, (page, sorted(words), [t for t in text.splitlines() if any(w in t for w in words)])
        assert not [c for c in CODES if c in text], page
        assert not [p for p in STAFF if p in text], (page, [line for line in text.splitlines() if any(p in line for p in STAFF)])
        shown.append(text)
    return "\n".join(shown)


def test_a_draft_with_misrecognised_files_says_what_to_upload_in_the_candidates_words(login, db):
    who = login(ZHOU["id_number"])
    answers = ZHOU["newcomer"]
    case_id = submission.my_cases(db, who)[0]["id"]
    submission.save_self_check(db, who, case_id, answers)
    at = app(who, "portal/ui/candidate/upload.py")
    uploads = {"application_form": scan("application_form", ZHOU, answers, {"phone": ""}, fmt="pdf"),
               "work_proof": scan("diploma", ZHOU, answers, fmt="pdf"),  # the diploma in the work-proof slot
               "chsi_record": scan("chsi_record", ZHOU, answers, {"layout": "chsi_student_status"}, fmt="pdf")}
    for slot, (name, data) in uploads.items():
        at.file_uploader(key=f"up_{slot}_0").set_value((name, data, "application/pdf")).run()
        assert not at.exception
    _wait_for_reading(db, who, case_id)
    shown = _assert_written_for_the_candidate(who)
    assert "上传到《工作年限证明》一栏的文件是《毕业证书》，请在本栏上传《工作年限证明》。" in shown
    assert "报名表上方未写明您本人的手机号码，请补写后重新上传。" in shown
    assert "它只证明在读学籍，不能证明毕业" in shown


def test_a_returned_candidate_reads_each_item_once_as_the_reviewer_typed_it(login, db):
    reviewer, case_id = login("reviewer"), case_of(db, "刘洋")  # a 学籍 report in the 备案表 slot
    queue.claim_case(db, reviewer, case_id)
    suggested = review.return_suggestions(documents_view.submitted_review(db, reviewer, case_id))
    assert suggested
    items = suggested + [TYPED, TYPED, TYPED.replace("，", ",").replace("；", ";"), suggested[0]]
    decisions.return_case(db, reviewer, case_id, items=items)
    who = login(PEOPLE["刘洋"]["id_number"])
    shown = _assert_written_for_the_candidate(who)
    at = app(who, "portal/ui/candidate/my_case.py")
    assert f"一次性补正以下全部 {len(suggested) + 1} 项" in texts(at)
    listed = [m.value for m in at.markdown if m.value.startswith("**")]
    assert len(listed) == len(suggested) + 1 and sum(TYPED in m for m in listed) == 1
    assert TYPED in shown


def test_a_failed_candidate_reads_the_reasons_once_as_typed(login, db):
    reviewer, case_id = login("reviewer"), case_of(db, "李娜")  # a work proof without a seal
    queue.claim_case(db, reviewer, case_id)
    reason = "工作年限证明未加盖单位公章，经电话核实该单位已注销（无法补盖）。"
    offered = review.fail_suggestions(documents_view.submitted_review(db, reviewer, case_id))
    decisions.fail_case(db, reviewer, case_id, reasons=offered + [reason, reason, reason.replace("，", ",")])
    who = login(PEOPLE["李娜"]["id_number"])
    shown = _assert_written_for_the_candidate(who)
    at = app(who, "portal/ui/candidate/my_case.py")
    assert [m.value for m in at.markdown if reason in m.value] == [f"- {reason}"]
    assert "核查不通过" in shown and "《工作年限证明》上未发现单位红色公章" in shown


def test_the_demo_candidates_read_nothing_meant_for_staff(login, db):
    for name in ("杨帆", "赵磊", "王芳", "陈静"):
        _assert_written_for_the_candidate(login(PEOPLE[name]["id_number"]))
