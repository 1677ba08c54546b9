"""Load every exam file once (strictly) and answer: which rule applies to (exam, level, year)?
`catalog()` is the read-only view for the UI's 考试条件 page."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rules import params
from rules.aliases import EXAMS
from rules.conditions import ExamRules, LevelRule
from rules.exam_file import load_exam_file
from rules.schema import RuleDataError

EXAMS_DIR = Path(__file__).parent / "exams"


def load_all(directory: Path = EXAMS_DIR) -> dict[str, ExamRules]:
    """Every exam file in `directory`; fails naming the file if one is bad or one exam has none."""
    for p in params.PARAMS_DIR.glob("*.yaml"):
        if p.stem != "exam_aliases":
            params.load_param(p)
    found = {p.stem: load_exam_file(p) for p in sorted(Path(directory).glob("*.yaml"))}
    for code in EXAMS:
        if code not in found:
            raise RuleDataError(Path(directory) / f"{code}.yaml", "<file>", "missing exam file")
    return found


@lru_cache(maxsize=1)
def catalog() -> dict[str, ExamRules]:
    """exam code → ExamRules (versions → levels → requirements with source and confirmed flags)."""
    return load_all()


def level_rule(exam: str, level: str, exam_year: int) -> LevelRule | None:
    rules = catalog().get(exam)
    version = rules.version_for(exam_year) if rules else None
    return version.levels.get(level) if version else None


def unconfirmed_facts() -> list[str]:
    """One line per `confirmed: false` fact, for the closing note and the UI."""
    lines = [f"rules/params/{p.name}.yaml: {p.description_zh}" for p in params.all_params() if not p.confirmed]
    for exam in catalog().values():
        if not exam.tech_school.confirmed:
            lines.append(f"{exam.file}: tech_school accepted — {exam.tech_school.text_zh}")
        for v in exam.versions:
            for lv in v.levels.values():
                lines += _level_lines(exam.file, v.from_year, lv)
    return lines


def _level_lines(file: str, year: int, lv: LevelRule) -> list[str]:
    where = f"{file} {year} {lv.level}"
    out = [f"{where}: {name} — {f.source}" for name, f in
           (("cutoff", lv.cutoff_fact), ("full_time_study_counts", lv.full_time_study),
            ("exempt route", lv.exempt), ("addon route", lv.addon)) if not f.confirmed]
    seen = set()
    for edu, alts in lv.requirements.items():
        for i, alt in enumerate(alts):
            for tier, cell in alt.cells.items():
                key = (edu, i, cell.years, cell.total_years, cell.note_zh, tier if cell.note_zh else "")
                if not cell.confirmed and (edu, i, tier) not in seen:
                    seen.add((edu, i, tier))
                    years = "not eligible" if cell.years is None else f"{cell.years} years"
                    out.append(f"{where} {edu} {tier}{' alt' + str(i) if i else ''}: {years} — "
                               f"{cell.note_zh or cell.source}")
    return out
