"""Reading text: normalisation, classification and label-driven field extraction tolerate OCR noise."""
import pytest

from checks import classify, fields, normalize
from checks.templates import load
from checks.text.pdf import usable
from rules.aliases import exam_code

TEMPLATES = {t.name: t for t in load()}


def extract(name, text):
    return fields.extract(TEMPLATES[name], [(line, 0.99) for line in text.splitlines()], exam_code)[0]


def test_spaces_between_chinese_characters_are_removed_and_full_width_forms_folded():
    assert normalize.text("姓 名 ：张　伟") == "姓名:张伟"
    assert normalize.text("证书编号：１０５３２") == "证书编号:10532"
    assert normalize.text("Zhang Wei 张伟") == "Zhang Wei 张伟"


@pytest.mark.parametrize("text", ["", "(cid:123)(cid:77)(cid:90)", "\ufffd\ufffd\ufffd教育部", "Page 1 of 1"])
def test_a_text_layer_that_does_not_decode_counts_as_none(text):
    assert not usable(text)


def test_a_decoded_text_layer_is_used():
    assert usable("教育部学历证书电子注册备案表\n姓名：张伟")


def test_a_title_misread_by_one_character_still_classifies():
    assert classify.classify("教育部学历证书电子注删备案表\n姓名:张伟\n性别:男").kind == "chsi_record"


def test_the_student_status_report_is_told_apart_from_the_record():
    assert classify.classify("教育部学籍在线验证报告\n姓名:张伟\n学籍状态:在籍").name == "chsi_student_status"


def test_text_that_fits_no_template_is_unknown():
    assert classify.classify("关于召开2022年度工作会议的通知\n各单位：定于下周一召开会议。") is None


def test_labels_without_colons_full_width_colons_and_table_cells_all_read():
    text = "教育部学历证书电子注册备案表\n姓名 张伟\n性别：男\n出生日期\t1990年1月5日\t入学日期\t2008.09.01"
    got = extract("chsi_record", text)
    assert got["name"] == "张伟" and got["gender"] == "男"
    assert (got["birth_date"], got["enrollment_date"]) == ("1990-01-05", "2008-09-01")


def test_a_label_misread_by_one_character_still_finds_its_value():
    got = extract("chsi_record", "在线验证玛:AYQXUHUQG7ZYWXKW\n证书编号:105321201205001234")
    assert got["verification_code"] == "AYQXUHUQG7ZYWXKW"


def test_spaces_inside_numbers_are_dropped():
    got = extract("work_proof", "工作年限证明\n身份证号码:4301 0219 9001 0112 34\n姓名:李 娜")
    assert got["id_number"] == "430102199001011234" and got["name"] == "李娜"
    got = extract("chsi_record", "证书编号:1053 2120 1205 0012 34")
    assert got["certificate_no"] == "105321201205001234"


def test_a_short_label_inside_a_longer_one_does_not_steal_its_value():
    got = extract("chsi_record", "校(院)长姓名:王建国\n姓名:张伟\n毕(结)业:毕业\n毕(结)业日期:2012年06月30日")
    assert got["name"] == "张伟" and got["graduation_date"] == "2012-06-30"


def test_level_words_become_education_codes_and_class_words_become_class_codes():
    assert extract("chsi_record", "层次:专科(高职)")["education_level"] == "junior_college"
    assert extract("chsi_record", "层次:第二学士学位")["education_level"] == "second_bachelor"
    assert extract("tech_school_query", "培养层次:预备技师(技师)班")["class_type"] == "technician"


def test_an_exam_name_in_the_form_title_becomes_its_code():
    assert extract("application_form", "一级注册消防工程师考试报名表\n姓名:张伟")["exam"] == "fire_engineer_1"
