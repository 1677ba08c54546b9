"""The candidate's wording of findings: every code the checks, the rules and the portal's jobs can
produce (found in their source, so a new code without a candidate sentence fails here) becomes a
Chinese sentence with no code, no English and no instruction meant for staff."""
import re
from pathlib import Path

import pytest
import yaml

from portal.domain import candidate_findings, candidate_text, names

ROOT = Path(__file__).resolve().parents[2]
# how each producer writes a finding or reason code in its source
PRODUCERS = [r'\bfinding\(\s*"([a-z_]+)"', r'_finding\(\s*\w+,\s*"([a-z_]+)"', r'"code":\s*"([a-z_]+)"',
             r'\bwhy\(\s*"([a-z_]+)"', r'\bReason\(\s*"([a-z_]+)"', r'\bcode = "([a-z_]+)" if .* else "([a-z_]+)"']
STAFF = ("请人工", "人工核验", "应为", "请考生", "核查员", "审核员")
LATIN = re.compile(r"[A-Za-z]")


def _codes(folder: str) -> set[str]:
    out = set()
    for path in (ROOT / folder).rglob("*.py"):
        if path.name.startswith("candidate_"):
            continue
        source = path.read_text(encoding="utf-8")
        for pattern in PRODUCERS:
            for found in re.findall(pattern, source):
                out.update([found] if isinstance(found, str) else found)
    return out


def _template_codes() -> set[str]:
    out = set()
    for path in (ROOT / "checks/templates").glob("*.yaml"):
        if path.name.startswith("_"):  # shared tables (_fields.yaml, _labels.yaml), not templates
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if isinstance(data.get("finding"), dict):
            out.add(data["finding"]["code"])
    return out


RULE_CODES = _codes("rules")
FINDING_CODES = (_codes("checks") | _template_codes() | _codes("portal/services") | _codes("portal/jobs")) - {"code"}
# every name a code could be shown by, so that a leaked one is recognised
ALL_CODES = (FINDING_CODES | RULE_CODES | set(names.codes("kind")) | set(names.codes("field"))
             | set(names.codes("declared")) | set(names.codes("state")))


def _clean(text: str) -> None:
    assert not LATIN.search(text), text
    assert not any(p in text for p in STAFF), text
    assert text.endswith("。"), text


def test_the_source_scan_finds_the_codes_of_every_producer():
    assert {"seal_missing", "kind_unrecognised", "fields_missing", "unknown_kind", "id_checksum", "vcode_format",
            "student_status_report", "no_text_layer", "reading_failed", "checks_failed"} <= FINDING_CODES
    assert {"missing_field", "invalid_field", "work_years_short", "prerequisite_missing"} <= RULE_CODES


@pytest.mark.parametrize("code", sorted(FINDING_CODES - RULE_CODES))
def test_every_finding_code_has_its_own_candidate_sentence(code):
    assert code in candidate_findings.SENTENCES, f"no candidate sentence for {code}"


@pytest.mark.parametrize("code", sorted(RULE_CODES))
def test_every_rules_code_has_its_candidate_wording(code):
    assert code in candidate_text.RULES, f"no candidate wording for {code}"


REALISTIC = {"field": "graduation_date", "read": "2019-06-30", "expected": "2019-07-01", "file": "备案表.pdf"}


@pytest.mark.parametrize("code", sorted(candidate_findings.SENTENCES))
@pytest.mark.parametrize("severity", ["fail", "warn"])
def test_each_sentence_names_the_material_in_chinese_and_leaks_nothing(code, severity):
    text = candidate_findings.sentence({"code": code, "severity": severity} | REALISTIC, "chsi_record")
    if text is not None:
        _clean(text)
        assert not any(c in text for c in ALL_CODES if len(c) > 3)


def test_the_reviewers_kind_mismatch_reads_as_what_to_upload():
    reviewer = {"code": "kind_unrecognised", "severity": "warn", "file": "a.pdf", "read": "unknown",
                "expected": "chsi_record", "message": "无法确认该文件是“教育部学历证书电子注册备案表”，请人工核对"}
    assert candidate_findings.sentence(reviewer) == ("未能确认上传的文件是《教育部学历证书电子注册备案表》："
                                                     "请确认文件正确，页面完整、清晰、端正。")


def test_values_read_are_shown_by_their_names_not_their_codes():
    found = {"code": "education_mismatch", "severity": "fail", "field": "education_level", "read": "junior_college",
             "expected": "bachelor", "file": "毕业证.pdf"}
    assert candidate_findings.sentence(found, "diploma") == (
        "《毕业证书》上的学历层次（大专/专科）与您自审填写的学历（本科）不一致，请核对自审内容或材料。")


def test_missing_fields_and_missing_kinds_are_named_in_chinese():
    fields = {"code": "fields_missing", "severity": "warn", "file": "a.pdf", "expected": "name;graduation_date"}
    assert "（姓名、毕业日期）" in candidate_findings.sentence(fields, "diploma")
    kinds = {"code": "evidence_missing", "severity": "fail", "expected": "chsi_record|chsi_report"}
    assert candidate_findings.sentence(kinds) == "还缺少《教育部学历证书电子注册备案表》或《学信网学历认证报告》，请上传。"


def test_a_problem_with_the_listed_id_number_sends_the_candidate_to_the_bureau():
    text = candidate_findings.sentence({"code": "id_checksum", "severity": "fail", "file": None, "read": "x"})
    assert text == "名单上登记的身份证号码末位校验码不正确，请联系所在市州人社局核实。"


@pytest.mark.parametrize("severity", ["fail", "warn"])
def test_an_unknown_code_falls_back_to_a_sentence_without_it(severity):
    text = candidate_findings.sentence({"code": "brand_new_check", "severity": severity, "read": "xyz"}, "work_proof")
    _clean(text)
    assert "《工作年限证明》" in text


def test_notes_on_how_a_file_was_read_are_not_shown_and_each_sentence_comes_once():
    findings = [{"code": "no_text_layer", "severity": "info"},
                {"code": "cert_no_type", "severity": "warn", "field": "certificate_no", "read": "105321"},
                {"code": "cert_no_year", "severity": "fail", "field": "certificate_no", "read": "105321"}]
    shown = candidate_findings.for_candidate(findings, "chsi_record")
    assert [f["severity"] for f in shown] == ["fail"] and shown[0]["field"] == "certificate_no"


def _reasons() -> list[tuple[str, str]]:
    """Reasons the rules really give for realistic self-checks, one per way of not qualifying."""
    import rules
    from portal.domain import declared
    cases = [("economics", "intermediate", {"education": "bachelor", "graduation_date": "2011-06-30"}),
             ("economics", "senior", {"education": "bachelor", "graduation_date": "2011-06-30", "work_start": "2011-07-01"}),
             ("economics", "intermediate", {"education": "bachelor", "graduation_date": "2023-06-30",
                                           "work_start": "2023-07-01"}),
             ("publishing", "intermediate", {"education": "high_school", "graduation_date": "2010-06-30",
                                            "work_start": "2010-07-01", "major_tier": "other"}),
             ("economics", "intermediate", {"graduation_date": "2011-06-30", "education": "bachelor",
                                           "tech_class": "senior_worker"}),
             ("economics", "intermediate", {}), ("economics", "intermediate", {"education": "nonsense"})]
    out = []
    for exam, level, answers in cases:
        candidate, _ = declared.to_candidate({"id": 7, "exam": exam, "level": level, "exam_year": 2025}, answers)
        out += [(r.code, declared.in_chinese(r.message_zh)) for r in rules.evaluate(candidate).reasons]
        out += [(r.code, r.message_zh) for r in rules.evaluate(candidate).reasons]
    return out


def test_the_rules_real_reasons_read_without_codes_and_name_the_answer_to_fix():
    reasons = _reasons()
    assert {"missing_field", "invalid_field", "prerequisite_missing", "work_years_short"} <= {c for c, _ in reasons}
    for code, message in reasons:
        _clean(candidate_text.reason(code, message))
    assert candidate_text.reason("missing_field", "【经济专业技术资格·中级（2021年版）】缺少 work_start，无法计算相关专业工作年限") \
        == "自审内容缺少“参加相关专业工作时间”，请补充后重新自审。"
    assert candidate_text.reason("prerequisite_missing", "【经济·高级】须已取得同系列中级资格（holds 未含 intermediate_same_series）") \
        == "【经济·高级】须已取得同系列中级资格。"
    assert candidate_text.reason("invalid_field", "学历：与 tech_class 折算的学历不一致") == \
        "自审内容中“学历”填写有误，请修改后重新自审。"
    assert candidate_text.reason("invalid_field", "exam_year：应为四位数字年份") == \
        "名单上的报考信息（考试年度）有误，请联系所在市州人社局核实。"


def test_items_keep_their_punctuation_as_typed_and_come_once():
    typed = ["报名表上方未注明本人手机号码，请补写后重新上传。", "报名表上方未注明本人手机号码,请补写后重新上传",
             "  报名表上方未注明本人手机号码，请补写后\n重新上传。 ", "工作年限证明（2006年以来）：列明全部单位；加盖公章。"]
    assert candidate_text.items(typed) == ["报名表上方未注明本人手机号码，请补写后重新上传。",
                                           "工作年限证明（2006年以来）：列明全部单位；加盖公章。"]
    assert candidate_text.items(["请上传chsi_record"]) == ["请上传教育部学历证书电子注册备案表"]


def test_a_file_not_recognised_is_said_once_by_its_most_telling_finding():
    findings = [{"code": "student_status_report", "severity": "fail"},
                {"code": "kind_unrecognised", "severity": "warn", "read": "unknown", "expected": "chsi_record"}]
    shown = candidate_findings.for_candidate(findings, "chsi_record")
    assert len(shown) == 1 and "学籍" in shown[0]["message"] and shown[0]["severity"] == "fail"
