"""Bordered forms and ledgers as other bureaus print them: tick boxes for closed vocabularies, labels
stacked upright in a narrow cell beside a section heading, values below their label (past a photo
box), English glosses on labels, dates in other forms. Lines are given as the PDF text layer or OCR
delivers them (cells split by tabs, one line per printed row)."""
import datetime as dt
import random

import pytest

from checks import dates, fields, labels, placement, ticks
from checks.templates import load
from tests.checks import accuracy

OPTIONS = {"博士": "doctor", "硕士": "master", "本科": "bachelor", "大专": "junior_college", "中专": "secondary"}


def template(name):
    return next(t for t in load() if t.name == name)


def read(name, lines):
    return fields.extract(template(name), [(line, 1.0) for line in lines])[0]


def box_row(options, ticked, mark, rng):
    sep = rng.choice((" ", "  ", ""))
    return sep.join(("□" if i != ticked else mark) + o for i, o in enumerate(options))


@pytest.mark.parametrize("mark", ["■", "√", "✓", "☑"])
def test_the_ticked_option_is_the_value_and_no_unticked_one_ever_is(mark):
    rng = random.Random(mark)
    for ticked, code in enumerate(OPTIONS.values()):
        for gender in ("男", "女"):
            row = box_row(("男", "女"), ("男", "女").index(gender), mark, rng)
            got = read("chsi_record", ["教育部学历证书电子注册备案表", f"姓名\t王敏\t性别\t{row}",
                                       f"最后学历\t{box_row(list(OPTIONS), ticked, mark, rng)}",
                                       "学历教育类别\t□普通高等教育 " + mark + "成人高等教育 □网络教育"])
            assert (got["education_level"], got["gender"]) == (code, gender)
            assert got["study_type"] == "成人高等教育"


def test_a_row_with_no_box_ticked_gives_no_value():
    assert ticks.resolve("最后学历\t□博士 □硕士 □本科 □大专") == "最后学历\t"
    got = read("chsi_record", ["教育部学历证书电子注册备案表", "姓名\t王敏", "最后学历\t□博士 □硕士 □本科 □大专"])
    assert "education_level" not in got


def test_ocr_letter_spacing_marks_are_still_dropped_outside_tick_rows():
    from checks import normalize

    assert normalize.text("姓☑名\t王敏") == "姓名\t王敏"
    assert normalize.text("性别\t□男✓女") == "性别\t□男✓女"


def test_a_label_stacked_upright_beside_a_section_heading_reads_its_value():
    lines = ["教育部学历证书电子注册备案表", "姓名 Name\t崔国超",
             "学", "习", "毕", "经", "业", "历", "年\t1990 年 06 月 28 日", "月", "日",
             "毕", "业", "证\t117051199002587055", "书", "号",
             "报", "更新时间\t2025.3.9", "告", "信", "在线验证码(16位)\tADU0TE6S9LEDABHC", "息"]
    got = read("chsi_record", lines)
    assert got["graduation_date"] == "1990-06-28"
    assert got["certificate_no"] == "117051199002587055"
    assert got["update_date"] == "2025-03-09" and got["verification_code"] == "ADU0TE6S9LEDABHC"
    assert got["name"] == "崔国超"


def test_two_stacked_columns_interleaved_line_by_line():
    # "出生时间" stacked in the label column, "基本情况" in the heading column to its left
    lines = ["一级造价工程师考试资格审核表", "姓名\t孟怡国", "出", "生", "1966 年 10 月 27 日", "基\t时", "本\t间", "情",
             "况\t档案存放单位\t长沙市人才服务中心", "工", "现所在单位\t湖南建工集团有限公司", "作", "及\t开始工作时间\t1987 年 12 月 21 日"]
    got = read("application_form", lines)
    assert got["birth_date"] == "1966-10-27"
    assert got["employer"] == "湖南建工集团有限公司" and got["work_start"] == "1987-12-21"


def test_a_value_below_its_label_past_the_photo_box():
    lines = ["中国高等教育学历认证报告", "一、基本情况", "姓名(中文)", "近期免冠", "丁宇怡", "照片",
             "性别(男、女)\t□男 ■女", "出生时间", "1996.11.7", "身份证明号码", "430121199611071149",
             "颁证单位\t专业(方向)", "湖南科技大学\t工程造价"]
    got = read("chsi_report", lines)
    assert got["name"] == "丁宇怡" and got["gender"] == "女" and got["birth_date"] == "1996-11-07"
    assert got["id_number"] == "430121199611071149"
    assert (got["school"], got["major"]) == ("湖南科技大学", "工程造价")


@pytest.mark.parametrize("head,tail", [("从事专业技术", "工作起始日期"), ("参加工作", "时间")])
def test_a_label_wrapped_over_two_lines_around_its_value(head, tail):
    # the form's other dates (填表日期, the seal's date) are no work start: only the wrapped label names it
    lines = ["专业工作年限证明", "编号：202142807 填表日期：2023.10.20", "中文姓名 高洋 户籍所在地 湖南省株洲市",
             "工作单位名称\t湖南中烟工业有限责任公司", "学习形式 ✓全日制 □非全日制", head, "2016.8.27", tail,
             "该同志自参加工作以来一直在我单位从事专业技术工作。", "以上情况属实，特此证明。", "单位（盖章）", "2024.7.8"]
    assert read("work_proof", lines)["work_start"] == "2016-08-27"


def test_three_lines_that_are_no_wrapped_label_stay_as_they_are():
    lines = [("姓名", 1.0), ("高洋", 1.0), ("性别", 1.0), ("男", 1.0)]
    assert placement.wrapped(lines, labels.known()) == lines


def test_a_label_word_inside_a_value_below_never_splits_it():
    # the employer holds 专业 and 学历, the major holds 工程; each is read whole
    lines = ["2024年度一级造价工程师考试报名信息表", "姓名\t刘洋", "用人单位", "湖南省专业技术人员学历认证服务中心",
             "专业 Major", "工程管理", "最后学历\t□博士 □硕士 ✓本科 □大专"]
    got = read("application_form", lines)
    assert got["employer"] == "湖南省专业技术人员学历认证服务中心"
    assert got["major"] == "工程管理" and got["education_level"] == "bachelor"


def test_an_english_gloss_belongs_to_the_label():
    got = read("chsi_report", ["中国高等教育学历认证报告", "姓名 Name\t贺秀", "性别 Sex\t男",
                               "出生日期 Date of Birth\t19950115", "证书编号 Certificate No.\t125841201905717134"])
    assert {k: got.get(k) for k in ("name", "gender", "birth_date", "certificate_no")} == {
        "name": "贺秀", "gender": "男", "birth_date": "1995-01-15", "certificate_no": "125841201905717134"}


@pytest.mark.parametrize("seed", range(30))
def test_dates_in_the_forms_documents_print(seed):
    from tests.checks.wild_blind_cells import cn_date

    rng = random.Random(seed)
    day = dt.date(rng.randint(1970, 2025), rng.randint(1, 12), rng.randint(1, 28))
    assert dates.find(cn_date(day)) == (day.isoformat(), 1.0)
    assert dates.find(f"{day:%Y%m%d}") == (day.isoformat(), 1.0)
    assert dates.find(f"{day.year}.{day.month:02d} 至 今") == (day.replace(day=1).isoformat(), 0.8)
    assert dates.find(f"{day.year}年{day.month}月") == (day.replace(day=1).isoformat(), 0.8)
    assert dates.find(f"43010219900101123{seed % 10}") is None  # a number with a date inside is no date


def test_ledger_vertical_and_webprint_pdfs_are_read(tmp_path):
    kinds = ["application_form", "chsi_record", "work_proof", "tech_school_query", "diploma"]
    samples = [(k, 11, "clean", "pdf", lay) for lay in ("ledger", "vertical", "webprint") for k in kinds]
    records = accuracy.run(samples, workdir=tmp_path)
    fields_rate, kind_rate, counted = accuracy.rate(records)
    assert counted > 100 and kind_rate == 1.0
    assert fields_rate >= 0.98, accuracy.misses(records)
