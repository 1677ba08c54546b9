"""Read and validate one `rules/exams/<exam_code>.yaml` into ExamRules (strict: see schema.py)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from rules.aliases import EXAM_LEVELS, EXAMS, LEVEL_NAMES
from rules.conditions import ExamRules, Fact, LevelRule, Version
from rules.exam_rows import level_requirements
from rules.schema import Node, read_yaml, source_text
from rules.sources import parse_sources

LEVEL_KEYS = {"work_zh", "cutoff", "full_time_study_counts", "tiers", "education", "exempt", "addon"}
LEVEL_OPTIONAL = {"alternatives", "requires", "count_from", "total_work_zh", "notes_zh"}


def fact(node: Node, key: str, sources: dict[str, str], value_key: str = "value") -> Fact:
    sub = node.child(key)
    optional = {"confirmed", "note_zh", "condition_zh"} | ({"month_day"} - {value_key})
    sub.keys({value_key, "source"}, optional)
    confirmed = sub.get("confirmed", bool, True)
    return Fact(sub.data[value_key], source_text(sub, "source", sources, confirmed), confirmed,
                sub.get("condition_zh", str) or sub.get("note_zh", str) or "")


def load_exam_file(path: Path) -> ExamRules:
    root = Node(path, path.stem, read_yaml(path))
    root.keys({"exam", "name_zh", "sources", "tech_school", "versions"}, {"notes_zh"})
    exam = root.get("exam", str)
    if exam not in EXAMS:
        root.fail(f"unknown exam code {exam!r}", "exam")
    if exam != path.stem:
        root.fail(f"file name must be the exam code ({exam}.yaml)", "exam")
    sources = parse_sources(root.child("sources"))
    tech = fact(root, "tech_school", sources, value_key="accepted")
    versions = _versions(root, exam, sources)
    return ExamRules(exam, root.get("name_zh", str), path.name, tech, root.get("notes_zh", str) or "",
                     sources, versions)


def _versions(root: Node, exam: str, sources: dict[str, str]) -> tuple[Version, ...]:
    node = root.child("versions")
    if not node.data:
        node.fail("no versions")
    keys = list(node.data)
    if any(not isinstance(k, int) or isinstance(k, bool) for k in keys):
        node.fail(f"version keys must be exam years (int), got {keys!r}")
    if keys != sorted(keys):
        node.fail("versions must be listed in year order")
    out = []
    for i, year in enumerate(keys):
        v = node.child(year).keys({"until", "basis_zh", "source", "levels"})
        until = v.get("until", int)
        nxt = keys[i + 1] if i + 1 < len(keys) else None
        if until is not None and until < year:
            v.fail(f"until {until} is before the version's own year {year}", "until")
        if nxt is None and until is not None:
            v.fail(f"the last version must be open-ended (until: null) or years after {until} have no rule", "until")
        if nxt is not None and (until is None or until >= nxt):
            v.fail(f"overlaps version {nxt} (until {until})", "until")
        if nxt is not None and until + 1 < nxt:
            v.fail(f"gap: exam years {until + 1}–{nxt - 1} have no version", "until")
        out.append(Version(year, until, v.get("basis_zh", str), source_text(v, "source", sources),
                           _levels(v.child("levels"), exam, year, sources)))
    return tuple(out)


def _levels(node: Node, exam: str, year: int, sources: dict[str, str]) -> dict[str, LevelRule]:
    expected = set(EXAM_LEVELS[exam])
    for code in node.data:
        if code not in expected:
            node.fail(f"unknown level code {code!r} for {exam} (has {sorted(expected)})", str(code))
    for code in sorted(expected - set(node.data)):
        node.fail("level missing", code)
    return {code: _level(node.child(code), exam, code, year, sources) for code in EXAM_LEVELS[exam]}


def _level(node: Node, exam: str, level: str, year: int, sources: dict[str, str]) -> LevelRule:
    node.keys(LEVEL_KEYS, LEVEL_OPTIONAL)
    cutoff = fact(node, "cutoff", sources, value_key="month_day")
    try:
        month, day = (int(x) for x in str(cutoff.value).split("-"))
        dt.date(2000, month, day)
    except ValueError:
        node.child("cutoff").fail(f"month_day must be MM-DD, got {cutoff.value!r}", "month_day")
    study = fact(node, "full_time_study_counts", sources)
    if not isinstance(study.value, bool):
        node.child("full_time_study_counts").fail("expected true/false", "value")
    tiers, requirements, has_total = level_requirements(node, sources)
    routes = {}
    for route in ("exempt", "addon"):
        routes[route] = fact(node, route, sources, value_key="allowed")
        if not isinstance(routes[route].value, bool):
            node.child(route).fail("expected true/false", "allowed")
    label = f"{EXAMS[exam]}·{LEVEL_NAMES[level]}（{year}年版）"
    return LevelRule(exam, level, year, label, node.get("work_zh", str), node.get("total_work_zh", str) or "",
                     has_total, (month, day), cutoff, study, tiers, requirements, routes["exempt"], routes["addon"])
