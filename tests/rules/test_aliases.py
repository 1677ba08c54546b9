"""Every form of an exam or level name seen in the notices maps to its contract code."""
import pytest

from rules.aliases import EXAM_LEVELS, EXAMS, LEVEL_NAMES, exam_code, level_code

EXAM_FORMS = [
    ("一级消防工程师", "fire_engineer_1"), ("一级注册消防工程师", "fire_engineer_1"),
    ("经济", "economics"), ("经济专业技术资格", "economics"), ("经济师", "economics"),
    ("中级经济师", "economics"), ("社会工作者职业资格", "social_worker"),
    ("助理社会工作师", "social_worker"), ("社会工作师", "social_worker"), ("社会工作者", "social_worker"),
    ("中级安全工程师", "safety_engineer"), ("中级注册安全工程师", "safety_engineer"),
    ("注册设备监理师", "equipment_supervisor"), ("设备监理师", "equipment_supervisor"),
    ("勘察设计注册工程师", "survey_design_engineer"), ("注册土木工程师(岩土)", "survey_design_engineer"),
    ("注册土木工程师（岩土）", "survey_design_engineer"), ("执业药师", "licensed_pharmacist"),
    ("出版", "publishing"), ("出版专业技术人员职业资格考试", "publishing"), ("统计", "statistics"),
    ("高级统计师", "statistics"), ("审计专业技术资格", "audit"), ("注册城乡规划师", "urban_planner"),
    ("一级造价工程师", "cost_engineer_1"), ("  一级 造价工程师 ", "cost_engineer_1"),
    ("Fire Engineer", "fire_engineer_1"), ("urban_planner", "urban_planner"),
]


@pytest.mark.parametrize("text,code", EXAM_FORMS)
def test_every_known_exam_form_maps_to_its_code(text, code):
    assert exam_code(text) == code


@pytest.mark.parametrize("text", ["", None, "一级建造师", "会计"])
def test_unknown_or_empty_exam_names_map_to_none(text):
    assert exam_code(text) is None


def test_the_twelve_design_exams_have_chinese_names_and_levels():
    assert len(EXAMS) == 12 and all(EXAMS.values())
    assert all(set(levels) <= set(LEVEL_NAMES) for levels in EXAM_LEVELS.values())


@pytest.mark.parametrize("exam,text,code", [
    ("economics", "中级", "intermediate"), ("economics", "高级经济师", "senior"),
    ("economics", "初级", "junior"), ("social_worker", "助理社会工作师", "assistant"),
    ("social_worker", "初级", "assistant"), ("social_worker", "社会工作师", "intermediate"),
    ("survey_design_engineer", "基础考试", "basic"), ("survey_design_engineer", "专业考试", "professional"),
    ("fire_engineer_1", "", "single"), ("safety_engineer", "", "intermediate"),
    ("statistics", "统计 高级", "senior"), ("publishing", "junior", "junior"),
])
def test_level_forms_map_to_levels_the_exam_has(exam, text, code):
    assert level_code(exam, text) == code


@pytest.mark.parametrize("exam,text", [
    ("economics", ""), ("economics", "single"), ("fire_engineer_1", "中级"),
    ("publishing", "高级"), ("nope", "中级"),
])
def test_a_level_the_exam_lacks_maps_to_none(exam, text):
    assert level_code(exam, text) is None


def test_no_form_names_two_exams():
    from rules.aliases import _exam_index

    index = _exam_index()           # raises if one form were listed under two exams
    assert len(set(index.values())) == 12
