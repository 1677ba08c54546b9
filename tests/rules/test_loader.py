"""The strict loader accepts the shipped rule files and rejects every kind of bad file loudly,
naming the file and the key."""
import copy
import shutil
from pathlib import Path

import pytest
import yaml

from rules import params
from rules.loader import EXAMS_DIR, load_all
from rules.schema import RuleDataError


def test_the_shipped_rule_files_load_and_cover_2021_and_2022_for_every_exam_and_level():
    exams = load_all()
    assert len(exams) == 12
    for exam in exams.values():
        for year in (2021, 2022):
            version = exam.version_for(year)
            assert version is not None, (exam.exam, year)
            for level in version.levels.values():
                assert set(level.requirements) == set(params.education_codes())


def test_the_2022_reform_changes_exactly_the_four_exams_it_names():
    changed = {e.exam for e in load_all().values() if len(e.versions) > 1}
    assert changed == {"urban_planner", "cost_engineer_1", "safety_engineer", "licensed_pharmacist"}


def _with(tmp_path: Path, exam: str, mutate) -> Path:
    target = tmp_path / "exams"
    shutil.copytree(EXAMS_DIR, target)
    path = target / f"{exam}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    mutate(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target


def _level(data, version=2021, level=None):
    levels = data["versions"][version]["levels"]
    return levels[level or next(iter(levels))]


BAD_FILES = [
    ("economics", lambda d: _level(d).update(colour="red"), "colour"),
    ("economics", lambda d: _level(d)["education"][0].pop("source"), "source"),
    ("economics", lambda d: _level(d)["education"][0].update(source="nowhere"), "nowhere"),
    ("safety_engineer", lambda d: d["versions"][2021].update(until=2022), "overlaps"),
    ("safety_engineer", lambda d: d["versions"].update({2023: d["versions"].pop(2022)}), "gap"),
    ("fire_engineer_1", lambda d: d["versions"][2021].update(until=2023), "open-ended"),
    ("economics", lambda d: _level(d)["education"][0]["education"].append("phd"), "phd"),
    ("economics", lambda d: d["versions"][2021]["levels"].update(expert=_level(d)), "expert"),
    ("economics", lambda d: d["versions"][2021]["levels"].pop("senior"), "senior"),
    ("economics", lambda d: d.update(exam="economy"), "economy"),
    ("equipment_supervisor", lambda d: _level(d)["requires"].update(holds="doctorate"), "doctorate"),
    ("fire_engineer_1", lambda d: _level(d)["education"][2]["years"].update(best=1), "best"),
    ("fire_engineer_1", lambda d: _level(d)["education"][2].pop("total_years"), "total_years"),
    ("audit", lambda d: _level(d, level="intermediate")["education"].pop(), "doctor"),
    ("publishing", lambda d: _level(d)["education"][1].update(years=-1), "years"),
    ("publishing", lambda d: _level(d)["cutoff"].update(month_day="13-40"), "month_day"),
    ("social_worker", lambda d: _level(d)["tiers"].update(near="near"), "near"),
    ("social_worker", lambda d: _level(d).update(exempt={"allowed": "maybe", "source": "gap"}), "allowed"),
]


@pytest.mark.parametrize("exam,mutate,key", BAD_FILES, ids=[f"{e}-{k}" for e, _, k in BAD_FILES])
def test_a_bad_exam_file_fails_naming_the_file_and_the_key(tmp_path, exam, mutate, key):
    directory = _with(tmp_path, exam, mutate)
    with pytest.raises(RuleDataError) as info:
        load_all(directory)
    assert f"{exam}.yaml" in str(info.value) and key in str(info.value)


def test_a_duplicate_key_fails_naming_the_file(tmp_path):
    target = tmp_path / "exams"
    shutil.copytree(EXAMS_DIR, target)
    path = target / "audit.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "exam: audit\n", encoding="utf-8")
    with pytest.raises(RuleDataError, match=r"audit\.yaml.*duplicate key 'exam'"):
        load_all(target)


def test_a_missing_exam_file_fails_naming_it(tmp_path):
    target = tmp_path / "exams"
    shutil.copytree(EXAMS_DIR, target)
    (target / "statistics.yaml").unlink()
    with pytest.raises(RuleDataError, match=r"statistics\.yaml.*missing exam file"):
        load_all(target)


def test_a_param_file_with_an_unknown_key_or_no_source_fails(tmp_path):
    src = params.PARAMS_DIR / "chsi_boundary.yaml"
    data = yaml.safe_load(src.read_text(encoding="utf-8"))
    bad = tmp_path / "chsi_boundary.yaml"
    bad.write_text(yaml.safe_dump({**data, "colour": 1}), encoding="utf-8")
    with pytest.raises(RuleDataError, match=r"chsi_boundary\.yaml.*colour"):
        params.load_param(bad)
    bad.write_text(yaml.safe_dump({**copy.deepcopy(data), "source": ""}), encoding="utf-8")
    with pytest.raises(RuleDataError, match=r"chsi_boundary\.yaml.*source"):
        params.load_param(bad)


def _sources(d):
    return d["sources"]


BAD_SOURCES = [
    ("a bare note", lambda d: _sources(d).update(levels="see the notes, UNCONFIRMED"), "not a note or a path"),
    ("a file path", lambda d: _sources(d)["levels"][0].update(title="../shared/domain/exam-conditions.md"), "file path"),
    ("a note reference", lambda d: _sources(d)["levels"][0].update(clause_zh="exam-conditions.md §7"), "file path"),
    ("a third-party page as primary",
     lambda d: _sources(d)["levels"][0].update(url="https://licaiedu.com/zixun/lcskd_jrzs/13374.html"), "official site"),
    ("a primary with neither 文号 nor address", lambda d: _sources(d)["levels"][0].pop("doc_no"), "文号 or its official address"),
    ("a malformed 文号", lambda d: _sources(d)["levels"][0].update(doc_no="人社部规2020年1号"), "not a 文号"),
    ("a pointer without address", lambda d: _sources(d)["levels"][2].pop("url"), "needs its address"),
    ("an unknown role", lambda d: _sources(d)["levels"][0].update(role="official"), "role"),
    ("a confirmed value on pointers only",
     lambda d: _sources(d).update(levels=[s for s in _sources(d)["levels"] if s["role"] == "secondary"]),
     "no primary official text"),
]


@pytest.mark.parametrize("what,mutate,message", BAD_SOURCES, ids=[w for w, _, _ in BAD_SOURCES])
def test_a_source_that_is_not_an_official_citation_is_refused(tmp_path, what, mutate, message):
    directory = _with(tmp_path, "economics", mutate)
    with pytest.raises(RuleDataError) as info:
        load_all(directory)
    assert "economics.yaml" in str(info.value) and message in str(info.value)


def test_a_value_on_third_party_pointers_only_loads_when_marked_unconfirmed(tmp_path):
    def pointers_only(d):
        _sources(d)["senior"] = [s for s in _sources(d)["senior"] if s["role"] == "secondary"]
    with pytest.raises(RuleDataError, match=r"economics\.yaml.*senior.*no primary official text"):
        load_all(_with(tmp_path / "a", "economics", pointers_only))

    def and_unconfirmed(d):
        pointers_only(d)
        senior = d["versions"][2021]["levels"]["senior"]
        senior["requires"]["confirmed"] = False
        for row in senior["education"]:
            row["confirmed"] = False
    exams = load_all(_with(tmp_path / "b", "economics", and_unconfirmed))
    row = exams["economics"].version_for(2021).levels["senior"].requirements["bachelor"][0].cells["related"]
    assert not row.confirmed and row.source.startswith("未找到官方文件；参考（非官方转载）：")


def test_every_shipped_source_is_a_citation_and_confirmed_values_rest_on_official_texts():
    for exam in load_all().values():
        for source in exam.sources.values():
            assert source.citations and all(c.title for c in source.citations)
            assert all(c.url for c in source.citations if c.role == "secondary")
        for version in exam.versions:
            for level in version.levels.values():
                for alts in level.requirements.values():
                    for alt in alts:
                        for cell in alt.cells.values():
                            assert not cell.confirmed or not cell.source.startswith("未找到官方文件"), cell
    for p in params.all_params():
        assert p.cited.primary or not p.confirmed, p.name
