"""check_case on realistic cases built from rendered documents (PDFs with a text layer, seals as images)."""
from PIL import Image

from checks import check_case
from tests.checks.case_factory import case, document, required, standard_documents


def problems(findings):
    return {(f["code"], f["severity"]) for f in findings if f["severity"] != "info"}


def test_a_consistent_case_has_no_problems(tmp_path):
    assert problems(check_case(case(tmp_path, standard_documents(tmp_path)))) == set()


def test_a_student_status_report_instead_of_the_record_is_flagged(tmp_path):
    docs = standard_documents(tmp_path)[:2] + [document(tmp_path, "chsi_record", kind="chsi_student_status")]
    assert docs[2]["extraction"]["kind"] == "unknown"
    assert "student_status_report" in {f["code"] for f in docs[2]["extraction"]["findings"]}
    findings = check_case(case(tmp_path, docs))
    found = problems(findings)
    assert ("evidence_missing", "fail") in found and ("kind_unrecognised", "warn") in found
    assert ("student_status_report", "fail") in found
    assert {f["file"] for f in findings if f["code"] == "student_status_report"} == {docs[2]["file"]}


def test_a_2010_technical_school_graduate_without_the_query_page_lacks_evidence(tmp_path):
    declared = {"education": None, "tech_class": "senior_worker", "graduation_date": "2010-06-30"}
    assert "tech_school_query" in required({**case(tmp_path, [])["declared"], **declared})
    docs = standard_documents(tmp_path)[:2] + [document(tmp_path, "tech_school_query", kind="tech_school_cert",
                                                        class_type="senior_worker", graduation_date="2010-06-30")]
    found = check_case(case(tmp_path, docs, declared))
    assert {("evidence_missing", "fail"), ("wrong_kind_in_slot", "fail")} <= problems(found)


def test_a_pre_2005_hunan_secondary_graduate_with_a_query_page_lacks_the_report(tmp_path):
    declared = {"education": "secondary", "graduation_date": "2003-06-30", "exam": "economics", "level": "junior"}
    docs = standard_documents(tmp_path)[:2] + [document(tmp_path, "hn_secondary_report", kind="hn_secondary_query",
                                                        education_level="secondary", graduation_date="2003-06-30")]
    found = [f for f in check_case(case(tmp_path, docs, declared)) if f["code"] == "evidence_missing"]
    assert [f["expected"] for f in found] == ["hn_secondary_report"]


def test_work_proof_and_form_without_a_red_seal_fail(tmp_path):
    docs = [document(tmp_path, "application_form", seal=False), document(tmp_path, "work_proof", seal=False, fmt="png"),
            document(tmp_path, "chsi_record")]
    missing = [f["file"] for f in check_case(case(tmp_path, docs)) if f["code"] == "seal_missing"]
    assert missing == [docs[0]["file"], docs[1]["file"]]


def test_a_grayscale_scan_cannot_show_a_red_seal_and_is_left_to_the_reviewer(tmp_path):
    doc = document(tmp_path, "work_proof", fmt="png")
    Image.open(doc["path"]).convert("L").save(doc["path"], "PNG")
    found = check_case(case(tmp_path, [doc]))
    assert ("seal_unknown", "warn") in problems(found) and ("seal_missing", "fail") not in problems(found)


def test_the_form_must_carry_the_mobile_number(tmp_path):
    docs = standard_documents(tmp_path)
    docs[0] = document(tmp_path, "application_form", phone=None)
    assert ("phone_missing", "fail") in problems(check_case(case(tmp_path, docs)))
    assert ("phone_mismatch", "warn") in problems(check_case(case(tmp_path, standard_documents(tmp_path), phone="13900000000")))


def test_the_record_without_id_is_matched_by_sex_and_birth_date(tmp_path):
    docs = standard_documents(tmp_path)[:2] + [document(tmp_path, "chsi_record", gender="女", birth_date="1987-05-21")]
    found = {f["code"]: f for f in check_case(case(tmp_path, docs))}
    assert found["birth_date_mismatch"]["expected"] == "1987-05-12" and found["birth_date_mismatch"]["read"] == "1987-05-21"
    assert found["gender_mismatch"]["file"] == docs[2]["file"]


def test_name_and_id_must_agree_with_the_candidate_list(tmp_path):
    docs = standard_documents(tmp_path)
    docs[1] = document(tmp_path, "work_proof", name="欧阳晓冬", id_number="430104198705126621")
    found = {f["code"]: f for f in check_case(case(tmp_path, docs))}
    assert (found["name_mismatch"]["field"], found["name_mismatch"]["read"]) == ("name", "欧阳晓冬")
    assert found["id_mismatch"]["expected"] == "430104198705126613"


def test_graduation_date_and_level_must_agree_with_the_declaration(tmp_path):
    docs = standard_documents(tmp_path)[:2] + [document(tmp_path, "chsi_record", graduation_date="2013-06-30",
                                                        education_level="junior_college",
                                                        certificate_no="105321201306001234")]
    found = problems(check_case(case(tmp_path, docs)))
    assert {("graduation_date_mismatch", "fail"), ("education_mismatch", "fail")} <= found


def test_a_later_work_start_on_the_proof_that_costs_a_year_fails(tmp_path):
    docs = standard_documents(tmp_path)
    docs[1] = document(tmp_path, "work_proof", work_start="2013-09-01")
    [f] = [f for f in check_case(case(tmp_path, docs)) if f["code"] == "work_start_later"]
    assert (f["severity"], f["read"], f["expected"]) == ("fail", "2013-09-01", "2012-07-15")
    docs[1] = document(tmp_path, "work_proof", work_start="2012-08-01")
    [f] = [f for f in check_case(case(tmp_path, docs)) if f["code"] == "work_start_later"]
    assert f["severity"] == "warn"


def test_a_name_read_in_its_traditional_form_is_the_same_name(tmp_path):
    docs = standard_documents(tmp_path)
    docs[2]["extraction"]["fields"]["name"] = "歐陽曉東"
    assert "name_mismatch" not in {f["code"] for f in check_case(case(tmp_path, docs))}


def test_a_name_with_a_different_simplified_character_still_differs(tmp_path):
    docs = standard_documents(tmp_path)
    docs[2]["extraction"]["fields"]["name"] = "欧阳小东"
    found = [f for f in check_case(case(tmp_path, docs)) if f["code"] == "name_mismatch"]
    assert [(f["file"], f["read"]) for f in found] == [(docs[2]["file"], "欧阳小东")]
