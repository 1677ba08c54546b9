"""Labels the templates were not written for: field aliases, label stems, label-over-value rows,
longer labels, PDF cells from character positions; and the per-image upscaling decision."""
import io

from PIL import Image

from checks import fields, normalize, preprocess
from checks.templates import load
from checks.text import read
from rules.aliases import exam_code
from tests.checks import corpus, small_text

TEMPLATES = {t.name: t for t in load()}


def _extract(name, *lines):
    return fields.extract(TEMPLATES[name], [(normalize.text(s), 1.0) for s in lines], exam_code)


def test_an_alias_of_the_field_is_a_label_on_every_template_that_reads_it():
    got, conf = _extract("tech_school_query", "技工院校毕业证书查询结果", "院校名称\t长沙技师学院", "证书号码\t123")
    assert got["school"] == "长沙技师学院" and got["certificate_no"] == "123" and conf["school"] == 1.0


def test_an_unknown_label_holding_the_fields_stem_yields_its_value_with_less_confidence():
    got, conf = _extract("work_proof", "工作年限证明", "申请人姓名\t李四", "服务单位\t湖南建工集团有限公司")
    assert got["name"] == "李四" and got["employer"] == "湖南建工集团有限公司"
    assert conf["employer"] == 0.8
    got, _ = _extract("work_proof", "工作年限证明", "单位意见\t同意", "姓名:李四")
    assert got.get("employer") == "同意"  # a stem is a guess: the first label-like cell wins


def test_label_over_value_rows_read_the_cell_under_each_label_even_beside_unknown_labels():
    got, _ = _extract("chsi_report", "中国高等教育学历认证报告", "入学时间\t邮政编码\t毕业时间", "1991-09-01\t410083\t1994-07-25")
    assert (got["enrollment_date"], got["graduation_date"]) == ("1991-09-01", "1994-07-25")


def test_a_known_label_at_the_head_of_a_longer_one_reads_past_it():
    got, _ = _extract("tech_school_cert", "技工院校学籍认证表", "专业类别:药学", "学校名称\t长沙技师学院")
    assert got["major"] == "药学"
    got, _ = _extract("graduate_register", "高等学校毕业生登记表", "专业方向名称\t药学")
    assert got["major"] == "药学"


def test_a_year_before_the_exam_name_in_the_title_is_not_part_of_it():
    got, _ = _extract("application_form", "2020年度统计专业技术资格考试报名表", "姓名:张三")
    assert got["exam"] == "statistics"


def test_pdf_cells_come_from_character_positions_and_table_rulings(tmp_path):
    data, _, _, want = corpus.make_sample("tech_school_query", 3, "clean", "pdf", "grid")
    path = tmp_path / "q.pdf"
    path.write_bytes(data)
    lines = read(path).text.splitlines()
    assert any(line.startswith(("姓名\t", "考生姓名\t")) and want["name"] in line.split("\t") for line in lines), lines


def test_narrow_images_are_upscaled_only_when_their_text_is_low():
    low = small_text.image("2018-06-29", 14, "noto-sans")
    tall = small_text.image("2018-06-29", 44, "noto-sans")
    assert preprocess.text_height(low) < preprocess.MIN_TEXT_HEIGHT <= preprocess.text_height(tall)
    assert preprocess.resize(low).width == preprocess.MIN_WIDTH
    assert preprocess.resize(tall).size == tall.size
    data, _, _, _ = corpus.make_sample("chsi_record", 1, "clean", "half")
    assert preprocess.resize(Image.open(io.BytesIO(data))).width == preprocess.MIN_WIDTH
