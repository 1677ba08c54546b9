"""What a code validator answers: the first wrong position and why, in Chinese."""
from __future__ import annotations

from dataclasses import dataclass

GRADES = ("full_senior", "senior", "intermediate", "assistant", "staff")
GRADE_NAMES = {"full_senior": "正高级", "senior": "高级", "intermediate": "中级",
               "assistant": "助理级", "staff": "员级"}


@dataclass(frozen=True)
class Problem:
    first: int          # 1-based first position concerned
    last: int           # 1-based last position concerned (== first for one character)
    field: str          # what those positions encode, in Chinese
    reason: str         # why they are wrong, in Chinese

    @property
    def positions(self) -> str:
        return str(self.first) if self.first == self.last else f"{self.first}–{self.last}"

    def __str__(self) -> str:
        return f"第{self.positions}位（{self.field}）错误：{self.reason}"


class CodeError(ValueError):
    """Raised by composers when the parts cannot form a valid code; carries the Problem."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem
