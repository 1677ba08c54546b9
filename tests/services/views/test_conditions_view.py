"""The 考试条件 view speaks of sources as a reader knows them: Chinese titles with their 文号 and,
where one exists, a link; never rule-file names, codes, note references or bare addresses."""
import re

import pytest

import rules
from portal.services.people.auth import Principal
from portal.services.views import conditions

ADMIN = Principal(1, "admin", ("430100",), "管理员")
# What a reader must never see: file names, snake_case codes, note references, tier/level codes,
# English markers, or an address outside a link.
FORBIDDEN = re.compile(r"\.(ya?ml|md|json|txt|py)\b|[a-z]+_[a-z_]+|§|UNCONFIRMED|https?://"
                       r"|\b(related|near|other|single|junior|senior|intermediate|source|derived)\b", re.I)


def _texts(value, key=""):
    """Every string of the view's answer, except the link targets (`url`)."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _texts(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _texts(v, key)
    elif isinstance(value, str) and key != "url":
        yield value


@pytest.mark.parametrize("exam", sorted(rules.catalog()))
def test_every_text_of_the_page_is_readable_chinese_without_file_names_or_codes(exam):
    found = conditions.exam_conditions(ADMIN, exam)
    bad = sorted({m.group(0) for text in _texts(found) for m in [FORBIDDEN.search(text)] if m})
    assert not bad, bad
    assert found["documents"] and all(d["label"] for d in found["documents"])


@pytest.mark.parametrize("exam,doc_no", [("economics", "人社部规〔2020〕1号"), ("audit", "审人发〔2022〕18号"),
                                         ("fire_engineer_1", "人社部发〔2012〕56号"),
                                         ("licensed_pharmacist", "人社部发〔2022〕8号")])
def test_sources_are_named_by_their_official_title_and_wenhao(exam, doc_no):
    found = conditions.exam_conditions(ADMIN, exam)
    official = [d for d in found["documents"] if d["official"]]
    assert any(doc_no in d["label"] and "《" in d["label"] for d in official)
    cells = [r["来源"] for v in found["versions"] for lv in v["levels"] for r in lv["rows"]]
    assert any(doc_no in c for c in cells)
    assert all(d["url"].startswith(("http://", "https://")) for d in found["documents"] if not d["official"])


def test_an_official_document_with_an_address_is_linked_and_pointers_are_marked():
    found = conditions.exam_conditions(ADMIN, "audit")
    kaifeng = [d for d in found["documents"] if "审人发〔2022〕18号" in d["label"]]
    assert kaifeng and kaifeng[0]["url"] == "https://sjj.kaifeng.gov.cn/news/view-19-5479.html"
    pointers = [d for d in found["documents"] if not d["official"]]
    assert pointers and all(d["label"].startswith("参考（非官方转载）") for d in pointers)
    assert [d["official"] for d in found["documents"]] == sorted((d["official"] for d in found["documents"]),
                                                                 reverse=True)


def test_the_view_no_longer_hands_out_the_rule_file_name():
    assert "file" not in conditions.exam_conditions(ADMIN, "audit")
