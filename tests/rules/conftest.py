"""Collect the table-driven rule cases in `tests/rules/cases/*.yaml` as pytest tests.
Each case: `name` (a sentence), `row` (the input columns of rules.validate.COLUMNS) and `expect` (output columns;
`reasons` is matched as substrings, one per list item)."""
from pathlib import Path

import pytest
import yaml

from rules.judge import evaluate_row

BASE = {"candidate_id": "T1", "education_origin": "hunan", "route": "full"}


def pytest_collect_file(parent, file_path: Path):
    if file_path.suffix == ".yaml" and file_path.parent.name == "cases":
        return CaseFile.from_parent(parent, path=file_path)


class CaseFile(pytest.File):
    def collect(self):
        data = yaml.safe_load(self.path.read_text(encoding="utf-8"))
        defaults = data.get("defaults", {})
        for case in data["cases"]:
            yield CaseItem.from_parent(self, name=case["name"], row={**BASE, **defaults, **case["row"]},
                                       expect=case["expect"])


class CaseItem(pytest.Item):
    def __init__(self, *, row, expect, **kw):
        super().__init__(**kw)
        self.row, self.expect = {k: None if v is None else str(v) for k, v in row.items()}, expect

    def runtest(self):
        got = evaluate_row(self.row)
        for key, want in self.expect.items():
            if key == "reasons":
                for part in want:
                    assert part in got["reasons"], (part, got["reasons"])
                if not want:
                    assert got["reasons"] == ""
            elif key == "evidence":
                assert got["evidence"].split(";") == want, got["evidence"]
            else:
                assert got[key] == want, (key, got)

    def reportinfo(self):
        return self.path, 0, self.name
