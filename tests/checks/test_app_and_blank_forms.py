"""Phone screenshots of app pages and filled-in printed forms and letters: labels alone over their
value in an app's cards, label rows over value rows with qualified labels ("本人性别"), app chrome
(status bar, badges, buttons) that is no value, dotted leaders and underlined blanks, a pen's fill
written above its blank, labels spaced out over cells, and the sentences of certifying letters and
diplomas. Lines are given as the text layer or OCR delivers them (normalised, cells split by tabs)."""
import random

import pytest

from checks import fields, labels, normalize, prose
from checks.templates import load
from rules.aliases import exam_code
from tests.checks import corpus


def template(name):
    return next(t for t in load() if t.name == name)


def read(name, lines):
    return fields.extract(template(name), [(normalize.text(line), 1.0) for line in lines], exam_code)[0]


def person(seed):
    f = corpus.random_fields(random.Random(seed), "chsi_record")
    f["date_dash"] = f["graduation_date"]
    return f


def chrome(rng):
    """What an app screenshot shows besides the document: status bar, title bar, badge, buttons."""
    return [f"{rng.choice(('9:41', '14:26', '20:53'))}\t{rng.choice(('5G', '4G', 'WiFi'))} {rng.randint(12, 99)}%",
            "‹\t" + rng.choice(("分享", "···")), rng.choice(("学历信息", "在线验证报告")), "学信网"]


@pytest.mark.parametrize("seed", range(6))
def test_an_app_card_with_labels_alone_over_their_values(seed):
    rng, f = random.Random(seed), person(seed)
    grad = f["graduation_date"].replace("-", "/")
    lines = chrome(rng) + ["教育部学历证书电子注册备案表", rng.choice(("已认证", "查询成功", "已核验")), "基本信息",
                           "真实姓名", f["name"], "本人性别", f["gender"], "出生", f["birth_date"],
                           "学历学籍", "毕业学校名称", f["school"], "所在专业", f["major"],
                           "毕业离校日期", grad, "证书号(电子注册)", f["certificate_no"],
                           "信息来源:学信档案,如有疑问请联系学籍管理部门", "下载报告\t分享"]
    got = read("chsi_record", lines)
    assert got["name"] == f["name"] and got["gender"] == f["gender"]
    assert got["birth_date"] == f["birth_date"] and got["graduation_date"] == f["graduation_date"]
    assert got["school"] == f["school"] and got["major"] == f["major"]
    assert got["certificate_no"] == f["certificate_no"]


@pytest.mark.parametrize("seed", range(6))
def test_app_label_rows_over_value_rows_take_no_label_as_a_value(seed):
    rng, f = random.Random(seed), person(seed)
    lines = chrome(rng) + ["党校学历证明书", "查询成功", "持证人\t本人性别", f"{f['name']}\t{f['gender']}",
                           "毕业学校名称\t报读专业", f"{f['school']}\t{f['major']}",
                           "所在专业\t培养层次/学历", f"{f['major']}\t本科", "证照类型\t发证机关", "电子证照\t湖南省教育厅"]
    got = read("party_school", lines)
    assert got["name"] == f["name"] and got["gender"] == f["gender"]
    assert got["school"] == f["school"] and got["major"] == f["major"]
    assert got["education_level"] == "bachelor"
    assert not any(labels.is_label(v) or v in ("查询成功", "电子证照") for v in got.values() if isinstance(v, str))


def test_a_label_left_and_its_value_right_on_one_line_and_a_near_miss_inside_another_label():
    f = person(7)
    lines = chrome(random.Random(7)) + ["教育部学历证书电子注册备案表", "用户姓名\t" + f["name"], "毕业离校日期\t" + f["graduation_date"],
                                        "就读学校名称\t" + f["school"], "在线验证码/Code\t" + f["verification_code"]]
    got = read("chsi_record", lines)
    assert got["name"] == f["name"] and got["school"] == f["school"]  # 毕业离校 is no misread 毕业院校
    assert got["graduation_date"] == f["graduation_date"]
    assert got["verification_code"] == f["verification_code"]


def test_a_title_holding_a_field_word_is_no_label_over_the_badge_below_it():
    got = read("tech_school_query", ["技工院校毕业证书查询结果", "查询成功", "用户姓名\t王敏", "院校\t长沙技师学院"])
    assert got["school"] == "长沙技师学院"
    got = read("tech_school_query", ["技工院校毕业证书查询结果", "查询成功", "用户姓名\t王敏"])
    assert got.get("school") != "查询成功"


@pytest.mark.parametrize("leader", ["……", " ......  ", "·······", "．．．．", "____"])
def test_dotted_leaders_and_underlined_blanks_between_label_and_value(leader):
    f = person(3)
    lines = ["国(境)外学历学位认证书", f"姓名(正楷){leader}{f['name']}", f"所学专业名称{leader}{f['major']}",
             f"毕业院校(校名){leader}{f['school']}", f"出生日期(公历){leader}{f['birth_date'].replace('-', '.')}"]
    got = read("cscse_report", lines)
    assert (got["name"], got["major"], got["school"], got["birth_date"]) == (f["name"], f["major"], f["school"], f["birth_date"])
    assert fields.leaders("2018.06.29") == "2018.06.29"  # a date's dots are no leader


@pytest.mark.parametrize("seed", range(5))
def test_a_work_proof_letter_with_underlined_blanks(seed):
    rng = random.Random(seed)
    f = corpus.random_fields(rng, "work_proof")
    y, m, d = f["work_start"].split("-")
    blank = rng.choice(("____", "__", ""))
    text = (f"兹证明{blank}{f['name']}{blank}同志，身份证号码{blank}{f['id_number']}{blank}，自{blank}{y}{blank}年"
            f"{blank}{int(m)}{blank}月{blank}{int(d)}{blank}日起在{blank}{f['employer']}{blank}从事专业技术工作至今，工作期间表现良好。")
    cut = rng.randint(12, 30)  # the sentence wraps anywhere, inside a date too
    lines = ["工作证明", text[:cut], text[cut:cut + 28], text[cut + 28:], "特此证明。", "证明单位(盖章):", "2024年3月2日"]
    got = read("work_proof", lines)
    assert got["name"] == f["name"] and got["id_number"] == f["id_number"]
    assert got["work_start"] == f["work_start"] and got["employer"] == f["employer"]


def test_an_empty_blank_and_a_pledge_give_no_name():
    got = read("work_proof", ["工作证明", "兹证明________同志，身份证号码________，在我单位工作。", "特此证明。"])
    assert "name" not in got
    got = read("application_form", ["专业技术人员资格考试报名申请表", "本人承诺以上所填信息真实准确，如有虚假自愿承担责任。"])
    assert "name" not in got
    got = read("qualification_cert", ["专业技术人员职业资格证书", "持证人\t，经全国统一考试合格，取得\t资格，特发此证。"])
    assert "name" not in got  # the sentence after an empty blank is no name


@pytest.mark.parametrize("numerals", [False, True])
def test_a_diploma_states_its_fields_in_one_sentence(numerals):
    f = corpus.random_fields(random.Random(11), "diploma")

    def day(iso):
        y, m, d = (int(x) for x in iso.split("-"))
        if not numerals:
            return f"{y}年{m}月{d}日"
        cn = "〇一二三四五六七八九"

        def n(k):
            return ("" if k < 20 else cn[k // 10]) + ("十" if k >= 10 else "") + (cn[k % 10] if k % 10 else "") if k >= 10 else cn[k]
        return "".join(cn[int(c)] for c in str(y)) + f"年{n(m)}月{n(d)}日"

    text = (f"学生{f['name']}，性别{f['gender']}，{day(f['birth_date'])}生，于{day(f['enrollment_date'])}至"
            f"{day(f['graduation_date'])}在本校{f['major']}专业本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")
    got = read("diploma", ["毕业证书", text[:20], text[20:44], text[44:], "校(院)长:", "(学校盖章)"])
    assert got["name"] == f["name"] and got["gender"] == f["gender"]
    assert got["birth_date"] == f["birth_date"]
    assert got["enrollment_date"] == f["enrollment_date"] and got["graduation_date"] == f["graduation_date"]
    assert got["major"] == f["major"] and got["education_level"] == "bachelor"


def test_a_register_letter_names_the_school_and_a_label_beats_the_sentence():
    page = prose.text([("本人张敏，女，1984年4月2日出生，于2002年", 1.0), ("9月1日考入吉首大学就读，现将在校期间情况登记如下。", 1.0)])
    assert prose.find("school", page) == ("吉首大学", 1.0)
    assert prose.find("enrollment_date", page) == ("2002-09-01", 1.0)
    got = read("graduate_register", ["普通高等学校毕业生登记表", "本人张敏，女，1984年4月2日出生，于2002年9月1日考入吉首大学就读。",
                                     "姓名\t张敏", "毕业学校\t湖南大学"])
    assert got["school"] == "湖南大学"  # the labelled row is read first


def test_a_pen_fill_written_above_its_blank_and_a_spaced_out_label():
    lines = ["普通高等学校毕业生登记表", "公民身份证号码:\t430104198404029596", "汉语言文学", "所学专业名称:", "民\t族:\t汉",
             "湖南大学", "毕业院校名称:"]
    got = read("graduate_register", lines)
    assert got["major"] == "汉语言文学" and got["school"] == "湖南大学"
    assert fields.leaders("民\t族\t汉", labels.known()) == "民族\t汉"
    assert fields.leaders("学\t校", labels.known()) == "学\t校"  # an upright label's stacked characters stay


def test_the_value_of_the_label_above_is_not_taken_for_a_blank_below_it():
    got = read("graduate_register", ["普通高等学校毕业生登记表", "毕业学校", "湖南大学", "专业:", "学历\t本科"])
    assert got["school"] == "湖南大学" and "major" not in got


def test_a_long_value_wrapped_in_a_narrow_app_column_is_joined_but_no_pen_fill_is():
    got = read("application_form", ["2022年度执业药师考试报名信息", "已核验", "用户姓名\t江博涛",
                                    "任职单位名称\t湖南省交通规划勘察设计院有限公", "司", "首次参加工作时间\t1993/10/10"])
    assert got["employer"] == "湖南省交通规划勘察设计院有限公司"
    assert got["exam"] == "licensed_pharmacist"  # the app's heading names the exam, no 表 after it
    got = read("application_form", ["专业技术人员资格考试报名申请表", "现在工作单位:\t湖南省交通规划勘察设计院有限公司", "女",
                                    "性别(填男或女):"])
    assert got["employer"] == "湖南省交通规划勘察设计院有限公司" and got["gender"] == "女"


def test_a_qualifier_before_the_label_proper_glued_or_not():
    for line in ("申请人姓名尹怡", "申请人姓名\t尹怡", "申请人:\t尹怡", "申请人姓名:尹怡"):
        assert read("exemption_proof", ["免试部分科目证明", line, "证件号码\t430202199605265496"])["name"] == "尹怡", line


def test_label_rows_of_qualified_and_suffixed_labels():
    assert fields.label_row("专业名\t层次类别") and fields.label_row("持证人\t本人性别")
    assert fields.label_row("报读专业\t培养层次/学历")
    assert not fields.label_row("湖南大学\t本科学历") and not fields.label_row("姓名张三\t性别男")
    got = read("hn_secondary_query", ["中等职业学校学历查询结果", "已认证", "持证人", "余婷", "专业名\t层次类别", "安全工程\t中等职业教育"])
    assert got["major"] == "安全工程" and got["name"] == "余婷"


def test_card_headings_are_no_values_and_a_heading_read_onto_a_number_is_cut_off():
    got = read("tech_school_query", ["技工院校毕业证书查询结果", "用户姓名", "基本信息", "院校", "长沙技师学院"])
    assert got.get("name") != "基本信息" and got["school"] == "长沙技师学院"
    got = read("chsi_report", ["中国高等教育学历认证报告", "姓名\t郑艳", "证书编号\t113861200005049530报告信息"])
    assert got["certificate_no"] == "113861200005049530"


def test_a_value_holding_a_field_word_is_no_label_over_the_row_below_past_a_heading():
    got = read("application_form", ["审计专业技术资格考试报名表(确认)", "考试名称/级别\t审计专业技术资格", "学历学籍",
                                    "就读学校名称\t湖南科技大学", "报读专业\t土木工程"])
    assert got["major"] == "土木工程" and got["school"] == "湖南科技大学"
