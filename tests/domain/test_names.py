"""One Chinese name per code: document kinds (their templates), states, roles and the portal's other
codes (portal.domain.names), and no second code → name table anywhere in portal/ or checks/."""
import ast
import re
from pathlib import Path

import pytest
import yaml

from checks import names as doc_names
from checks import templates
from portal.domain import names, states

ROOT = Path(__file__).resolve().parents[2]
# DESIGN 4.1, document kinds
KINDS = ("application_form", "work_proof", "chsi_record", "chsi_report", "graduate_register", "diploma",
         "hn_secondary_query", "hn_secondary_report", "cscse_report", "party_school", "tech_school_query",
         "tech_school_cert", "exemption_proof", "qualification_cert", "unknown")
ROLES = ("candidate", "reviewer", "admin")
CJK = re.compile(r"[\u4e00-\u9fff]")


def test_every_document_kind_has_exactly_one_chinese_name():
    assert set(names.codes("kind")) == set(KINDS)
    found = {k: names.name("kind", k) for k in KINDS}
    assert all(CJK.search(n) for n in found.values()), found
    assert len(set(found.values())) == len(KINDS), found
    assert found["chsi_record"] == "教育部学历证书电子注册备案表"
    assert all(names.kind(k) == doc_names.kind_name(k) == found[k] for k in KINDS)


def test_every_state_and_role_has_exactly_one_chinese_name():
    assert set(names.codes("state")) == set(states.STATES)
    assert set(names.codes("role")) == set(ROLES)
    for category, codes in (("state", states.STATES), ("role", ROLES), ("action", tuple(states.TRANSITIONS))):
        found = [names.name(category, c) for c in codes]
        assert all(CJK.search(n) for n in found), (category, found)


@pytest.mark.parametrize("category", [c for c in names.categories() if c not in ("column", "city")])
def test_names_are_unique_within_a_category(category):
    found = [names.name(category, c) for c in names.codes(category)]
    assert len(set(found)) == len(found), (category, found)


def test_unknown_codes_come_back_as_given_and_empty_stays_empty():
    assert names.name("state", "no_such_state") == "no_such_state"
    assert names.name("kind", "no_such_kind") == "no_such_kind"
    assert names.name("state", None) == "" and names.kind("") == ""
    with pytest.raises(KeyError):
        names.name("no_such_category", "draft")


def test_kind_field_exam_level_and_city_are_delegated():
    from rules.aliases import EXAMS, LEVEL_NAMES
    assert names.name("field", "id_number") == doc_names.field_name("id_number")
    assert names.name("exam", "audit") == EXAMS["audit"]
    assert names.name("level", "junior") == LEVEL_NAMES["junior"]
    assert names.name("city", "4301") == "长沙市"
    assert names.name("column", "city") == "市州" and names.name("column", "name") == "姓名"
    assert names.value("holds", ["engineer"]) == "工程师职称" and names.value("full_time", True) == "是"


def _template_files():
    return [p for p in sorted((ROOT / "checks" / "templates").glob("*.yaml")) if not p.name.startswith("_")]


@pytest.mark.parametrize("path", _template_files(), ids=lambda p: p.stem)
def test_every_template_carries_name_where_and_seal(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert "sample" in data, path.name
    if data["kind"] == "unknown":  # a wrong kind (学籍 report): named once, in _kinds.yaml
        assert not {"name", "where", "seal"} & set(data), path.name
        return
    assert isinstance(data["name"], str) and CJK.search(data["name"]), path.name
    assert isinstance(data["where"], str) and CJK.search(data["where"]), path.name
    assert isinstance(data["seal"], bool), path.name


def test_seals_and_where_texts_come_from_the_templates():
    assert set(doc_names.sealed_kinds()) == {"application_form", "work_proof"}
    assert doc_names.needs_seal("application_form") and not doc_names.needs_seal("chsi_record")
    assert "<https://www.chsi.com.cn>" in names.where_to_obtain("chsi_record")
    assert "<http://zcc.hnedu.cn/zzfind/>" in names.where_to_obtain("hn_secondary_query")
    assert ("<http://www.12333.gov.cn/portal/cert/jgyxbyzs?pfaId=201811081700000001>"
            in names.where_to_obtain("tech_school_query"))
    assert set(templates.samples()) >= set(KINDS) - {"unknown"}


def test_every_field_has_one_name():
    found = {f: doc_names.field_name(f) for f in templates.field_types()}
    assert all(CJK.search(n) for n in found.values()), found
    assert len(set(found.values())) == len(found), found


def _tables(path: Path):
    """Dict literals mapping ≥3 kind codes, ≥3 state codes or ≥2 role codes to Chinese strings."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Dict):
            continue
        named = {k.value for k, v in zip(node.keys, node.values)
                 if isinstance(k, ast.Constant) and isinstance(k.value, str)
                 and isinstance(v, ast.Constant) and isinstance(v.value, str) and CJK.search(v.value)}
        for codes, least in ((KINDS, 3), (states.STATES, 3), (ROLES, 2)):
            if len(named & set(codes)) >= least:
                yield f"{path.relative_to(ROOT)}:{node.lineno}"


def test_no_other_module_defines_a_kind_state_or_role_name_table():
    sources = [p for d in ("portal", "checks") for p in (ROOT / d).rglob("*.py")] + [ROOT / "streamlit_app.py"]
    single = ROOT / "portal" / "domain" / "names.py"
    found = [hit for p in sources if p != single for hit in _tables(p)]
    assert found == []
    assert list(_tables(single))  # the scanner does see the one source
