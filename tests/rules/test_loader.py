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
