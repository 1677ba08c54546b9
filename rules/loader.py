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
