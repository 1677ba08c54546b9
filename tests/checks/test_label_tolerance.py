"""Extraction on layouts the templates were not written for: a label word inside a value never
splits it, closed-vocabulary fields are found by value, checked numbers anywhere on the page."""
import pytest

from checks import fields, normalize
from checks.idnumber import check_digit
from checks.templates import field_types, load
from rules.aliases import exam_code

TEMPLATES = {t.name: t for t in load()}


def _text_field(template):
    return next((f for f in ("major", "school", "employer") if f in template.labels), None)


def _words(template):
    return sorted({w for ws in template.labels.values() for w in ws} | set(template.other_labels))


@pytest.mark.parametrize("name", sorted(n for n, t in TEMPLATES.items() if _text_field(t)))
def test_a_value_containing_any_label_word_of_its_template_is_read_whole(name):
    template = TEMPLATES[name]
    field = _text_field(template)
    label = template.labels[field][0]
    for word in _words(template):
        for value in (f"湖南{word}研究院", f"长沙{word}"):
            lines = [(normalize.text(f"{label}:{value}"), 1.0)]
            got, _ = fields.extract(template, lines, exam_code)
            assert got.get(field) == value, (word, value, got)


def test_the_value_of_a_form_is_not_cut_at_a_label_word_inside_it():
    lines = [(normalize.text(s), 1.0) for s in
             ("统计专业技术资格考试报名表", "姓名\t张三\t性别\t男", "报考专业:统计专业技术资格", "所学专业\t会计学")]
    got, _ = fields.extract(TEMPLATES["application_form"], lines, exam_code)
    assert got["major"] == "会计学" and got["exam"] == "statistics" and got["gender"] == "男"


def test_a_form_naming_the_exam_with_an_unknown_label_still_yields_the_exam_by_value():
    lines = [(normalize.text(s), 1.0) for s in
             ("专业技术人员资格考试报名表", "姓名:张三", "报考资格名称:统计专业技术资格", "所学专业:会计学")]
    got, conf = fields.extract(TEMPLATES["application_form"], lines, exam_code)
    assert got["exam"] == "statistics"
    assert conf["exam"] < conf["name"]  # found by value, less certain than after its label


def test_closed_vocabulary_fields_are_found_by_value_without_their_label():
    lines = [(normalize.text(s), 1.0) for s in
             ("教育部学历证书电子注册备案表", "姓名\t李四", "女", "本科", "高等教育自学考试")]
    got, conf = fields.extract(TEMPLATES["chsi_record"], lines, exam_code)
    assert (got["gender"], got["education_level"], got["study_type"]) == ("女", "bachelor", "高等教育自学考试")
    assert conf["gender"] == 0.7 and conf["name"] == 1.0


def test_checked_numbers_are_found_anywhere_and_unchecked_ones_are_not():
    first17 = "43010219850312101"
    good = first17 + check_digit(first17)
    bad = first17 + ("0" if check_digit(first17) != "0" else "1")
    proof = TEMPLATES["work_proof"]
    got, conf = fields.extract(proof, [(normalize.text(s), 0.9) for s in
                                       ("工作年限证明", "姓名:王五", f"号码 {good}")], exam_code)
    assert got["id_number"] == good and conf["id_number"] == round(0.9 * 0.6, 3)
    got, _ = fields.extract(proof, [("工作年限证明", 1.0), (f"号码 {bad}", 1.0)], exam_code)
    assert "id_number" not in got
    form = TEMPLATES["application_form"]
    got, _ = fields.extract(form, [("统计专业技术资格考试报名表", 1.0), ("联系方式 13812345678", 1.0)], exam_code)
    assert got["phone"] == "13812345678"
    record = TEMPLATES["chsi_record"]
    got, _ = fields.extract(record, [("电子注册备案表", 1.0), ("编号 105376201905001234", 1.0),
                                     ("编号 123456789012345678", 1.0)], exam_code)
    assert got["certificate_no"] == "105376201905001234"


def test_a_lone_unlabelled_date_fills_the_one_missing_date_field():
    proof = TEMPLATES["work_proof"]
    got, _ = fields.extract(proof, [("工作年限证明", 1.0), ("自2012年07月01日起在我单位工作", 1.0)], exam_code)
    assert got["work_start"] == "2012-07-01"
    assert field_types()["work_start"] == "date"


def test_a_label_run_onto_the_end_of_a_school_name_starts_a_cell_of_its_own():
    """Two columns printed close together: the second column's label 专业 runs onto the school name
    before it ("湖南省商业技术学院中专部专业\t安全工程"); the school is the name, the major what follows."""
    template = TEMPLATES["hn_secondary_report"]
    got, _ = fields.extract(template, [("院校名称\t湖南省商业技术学院中专部专业\t安全工程", 1.0),
                                       ("学历层次\t中专", 1.0)])
    assert (got.get("school"), got.get("major")) == ("湖南省商业技术学院中专部", "安全工程")


def test_a_name_ending_in_a_label_word_is_not_cut_when_no_value_follows_it():
    """A label word at the end of a value only starts a cell when a value follows it: a school whose
    name ends in 学院 before a label, or a major ending in 专业 at the line's end, are read whole."""
    from checks import placement
    assert placement.glued("院校名称\t长沙民政职业技术学院\t专业\t社会工作") == "院校名称\t长沙民政职业技术学院\t专业\t社会工作"
    assert placement.glued("所学专业\t建筑工程技术专业") == "所学专业\t建筑工程技术专业"
    assert placement.glued("院校名称\t湖南大学专业\t学历层次") == "院校名称\t湖南大学专业\t学历层次"
