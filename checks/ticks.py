"""Tick boxes: a closed-vocabulary row printed as options with a box before each ("□男 ■女",
"□博士 √硕士 □本科"). The ticked option is the value; an unticked option never is. A run of two or
more boxed options with exactly one ticked becomes that option's text; a run with none or several
ticked becomes empty (nothing can be read from it)."""
from __future__ import annotations

import re

EMPTY = "□☐○◯"
TICKED = "☑☒■√✓✔▣●◉"
BOXES = EMPTY + TICKED
# a box, then the option's words up to the next box, a tab or the end of the line
_OPTION = re.compile(rf"([{BOXES}])\s*([^{BOXES}\t]*[^{BOXES}\t\s])")
_RUN = re.compile(rf"[{BOXES}]\s*[^{BOXES}\t]*?(?:\s*[{BOXES}]\s*[^{BOXES}\t]*?)+(?=\t|$)")


def has_boxes(line: str) -> bool:
    """The line holds a run of two or more boxed options."""
    return len(_OPTION.findall(line)) >= 2


def options(run: str) -> list[tuple[bool, str]]:
    """(ticked, option text) of every boxed option in the run."""
    return [(box in TICKED, words.strip()) for box, words in _OPTION.findall(run)]


def ticked(run: str) -> str | None:
    """The text of the one ticked option, or None when none or several are ticked."""
    chosen = [words for on, words in options(run) if on]
    return chosen[0] if len(chosen) == 1 else None


def resolve(line: str) -> str:
    """The line with every run of boxed options replaced by its ticked option ("性别\t□男 ✓女" ->
    "性别\t女"), or by nothing when no single option is ticked."""
    if not has_boxes(line):
        return line

    def one(m: re.Match) -> str:
        if len(_OPTION.findall(m.group(0))) < 2:
            return m.group(0)
        return ticked(m.group(0)) or ""
    return _RUN.sub(one, line)
