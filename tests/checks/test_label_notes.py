"""Labels as other forms print them: a bracketed note in a label is not the value, a cell that is
itself a label is not a value, and wordings of other forms are labels of their field."""
import pytest

from checks import fields, labels, normalize
from checks.templates import load
from rules.aliases import exam_code

TEMPLATES = {t.name: t for t in load()}


def _extract(name, *lines):
    got, _ = fields.extract(TEMPLATES[name], [(normalize.text(s), 1.0) for s in lines], exam_code)
    return got


def test_a_note_in_a_label_is_dropped_and_never_read_as_the_value():
    got = _extract("application_form", "统计专业技术资格考试报名表", "姓名（签字）\t王芳\t性别（男/女）\t女",
                   "毕业专业（全称）：会计学", "工作单位（全称）\t长沙银行股份有限公司")
    assert (got["name"], got["gender"], got["major"], got["employer"]) == ("王芳", "女", "会计学", "长沙银行股份有限公司")


def test_a_note_inside_a_label_and_a_note_read_as_its_own_cell_are_dropped():
    got = _extract("chsi_report", "中国高等教育学历认证报告", "毕（结）业时间\t2016年06月30日",
                   "学历\t（学位）\t本科", "在线验证码（12位）：A1B2C3D4E5F6G7H8")
    assert got["graduation_date"] == "2016-06-30" and got["education_level"] == "bachelor"
    assert labels.clean_line("学历\t(学位)\t本科") == "学历\t本科"


def test_a_templates_own_bracketed_label_and_a_value_with_brackets_are_kept():
    assert labels.clean_line("校(院)长姓名\t王五", {"校(院)长姓名"}) == "校(院)长姓名\t王五"
    assert labels.clean_line("工作单位\t中国(湖南)自由贸易试验区管委会") == "工作单位\t中国(湖南)自由贸易试验区管委会"
    got = _extract("chsi_record", "教育部学历证书电子注册备案表", "校（院）长姓名：李明", "姓名：张伟")
    assert got["name"] == "张伟"


def test_in_a_row_of_labels_a_label_is_never_the_value_of_the_label_before_it():
    got = _extract("graduate_register", "高等学校毕业生登记表", "姓名\t民族\t性别", "李娜\t汉族\t女",
                   "毕业院校\t生日\t专业", "湖南大学\t1990年3月5日\t土木工程")
    assert (got["name"], got["gender"], got["school"], got["major"]) == ("李娜", "女", "湖南大学", "土木工程")
    assert got["birth_date"] == "1990-03-05"
    assert labels.is_label("政治面貌") and labels.is_label("性别(男/女)") and not labels.is_label("湖南大学")


@pytest.mark.parametrize("name, label, value, field, want", [
    ("chsi_report", "离校时间", "2015年7月1日", "graduation_date", "2015-07-01"),
    ("chsi_report", "入校时间", "2011-09-01", "enrollment_date", "2011-09-01"),
    ("chsi_report", "起始时间", "2011-09-01", "enrollment_date", "2011-09-01"),
    ("chsi_report", "入学年份", "2011年9月", "enrollment_date", "2011-09-01"),
    ("application_form", "文化程度", "大学本科", "education_level", "bachelor"),
    ("application_form", "生日", "1990/3/5", "birth_date", "1990-03-05"),
    ("application_form", "联系方式", "13812345678", "phone", "13812345678"),
    ("application_form", "本人手机", "13812345678", "phone", "13812345678"),
    ("chsi_report", "学科专业", "给排水科学与工程", "major", "给排水科学与工程"),
    ("chsi_report", "就读学校", "湖南省建筑工程学校", "school", "湖南省建筑工程学校"),
    ("diploma", "颁证学校", "湖南省建筑工程学校", "school", "湖南省建筑工程学校"),
    ("chsi_record", "办学类型", "普通高等教育", "study_type", "普通高等教育"),
    ("chsi_record", "学习类型", "成人高等教育", "study_type", "成人高等教育"),
    ("tech_school_query", "学制类型", "高级工班", "class_type", "senior_worker"),
    ("chsi_record", "毕业证号", "105331201505001234", "certificate_no", "105331201505001234"),
    ("application_form", "考试名称", "统计专业技术资格", "exam", "statistics"),
])
def test_wordings_of_other_forms_are_labels_of_their_field_in_the_next_cell_and_after_a_colon(name, label, value, field, want):
    title = TEMPLATES[name].keywords[0]
    assert _extract(name, title, f"{label}\t{value}\t籍贯\t湖南长沙").get(field) == want
    assert _extract(name, title, f"{label}：{value}").get(field) == want


def test_start_time_is_the_work_start_on_a_work_proof_and_the_enrollment_on_a_school_record():
    proof = _extract("work_proof", "工作年限证明", "起始时间\t2012年07月01日")
    record = _extract("chsi_report", "中国高等教育学历认证报告", "起始时间\t2008年09月01日")
    assert proof["work_start"] == "2012-07-01" and "enrollment_date" not in proof
    assert record["enrollment_date"] == "2008-09-01"


def _pdf_lines(tmp_path, ops):
    import pdfplumber

    from checks.text.pdflines import page_lines
    from portal.docgen.pdf import text_pdf

    path = tmp_path / "form.pdf"
    path.write_bytes(text_pdf(ops, "wqy"))
    with pdfplumber.open(path) as pdf:
        return [normalize.text(line) for line in page_lines(pdf.pages[0])]


def test_pdf_letter_spaced_label_stays_apart_from_a_one_character_value_across_a_ruling(tmp_path):
    from portal.docgen.plan import Op

    ops = [Op("rect", 80, 200, w=150, h=60), Op("rect", 230, 200, w=300, h=60),
           Op("text", 90, 215, "性", 26), Op("text", 180, 215, "别", 26), Op("text", 240, 215, "女", 28)]
    assert "性别\t女" in _pdf_lines(tmp_path, ops)


def test_pdf_label_squeezed_over_its_cell_border_is_split_from_the_value_by_font_size(tmp_path):
    from portal.docgen.plan import Op

    ops = [Op("rect", 80, 200, w=150, h=60), Op("rect", 230, 200, w=400, h=60),
           Op("text", 84, 220, "从事专业工作起始时间", 16), Op("text", 250, 215, "2012年07月01日", 28)]
    assert "从事专业工作起始时间\t2012年07月01日" in _pdf_lines(tmp_path, ops)


def test_an_unknown_label_reads_a_school_name_that_ends_in_the_fields_stem():
    got = _extract("chsi_report", "中国高等教育学历认证报告", "原就读学校\t湖南省建筑工程学校")
    assert got["school"] == "湖南省建筑工程学校"
    assert labels.stem_label("原就读学校") and not labels.stem_label("湖南省建筑工程学校")


def test_ocr_runs_a_label_with_a_note_into_its_value_and_the_note_still_goes():
    assert labels.clean_line("毕(结)业时间 1995/7/23") == "毕业时间 1995/7/23"
    assert labels.clean_line("毕业专业(全称)会计学") == "毕业专业\t会计学"
    got = _extract("tech_school_query", "技工院校毕业证书查询结果", "姓名（签字）蔡娟晓\t性别女", "毕（结）业时间 1995/7/23")
    assert (got["name"], got["gender"], got["graduation_date"]) == ("蔡娟晓", "女", "1995-07-23")


def test_an_unknown_label_never_takes_a_cell_that_starts_with_a_label_as_its_value():
    got = _extract("tech_school_query", "技工院校毕业证书查询结果", "本人姓名\t性别女")
    assert "name" not in got and got["gender"] == "女"


def test_a_box_symbol_read_between_letter_spaced_characters_is_dropped():
    assert normalize.text("姓☑名:石强") == "姓名:石强" and normalize.text("性□别") == "性别"
    assert normalize.text("A☑B") == "A☑B"


def test_an_exam_name_misread_in_a_character_or_two_is_still_the_exam_but_never_another_level():
    from checks import vocab
    from rules.aliases import exam_forms

    code = vocab.tolerant(exam_code, exam_forms())
    assert code("做馨设计注册工程师") == "survey_design_engineer" and code("勘察设计注册工程师") == "survey_design_engineer"
    assert code("二级注册消防工程师") is None and code("湖南建工集团有限公司") is None
    assert code("统汁专业技术资格") is None  # as near 审计专业技术资格: no guess
    got, _ = fields.extract(TEMPLATES["qualification_cert"], [("职业资格证书", 1.0), ("做馨设计注册工程师", 0.7)], code)
    assert got["exam"] == "survey_design_engineer"


def test_a_label_whose_last_character_ocr_dropped_is_still_no_value():
    got = _extract("qualification_cert", "职业资格证书", "单位名称\t证书编", "株洲市自来水有限公司\t117561201305093083")
    assert got["employer"] == "株洲市自来水有限公司"
    assert labels.is_label("证书编") and not labels.is_label("研究生") and not labels.is_label("张三丰")
