"""Label cells as forms print them. A bracketed note inside or after a label ("性别（男/女）",
"毕（结）业时间", "毕业专业（全称）", "姓名（签字）") belongs to the label and is never its value: it is
dropped from the label cell before labels are matched. A cell that is itself a label (of any
template, or one of the common rows of `_labels.yaml` such as 民族 or 政治面貌) is never a value."""
from __future__ import annotations

import re
from functools import lru_cache

import yaml

from checks import normalize
from checks.templates import HERE, aliases, field_types, load, stems

NOTE = re.compile(r"\([^()\t:]{1,12}\)")
LABEL_LIKE = re.compile(rf"^[{normalize.CJK}]{{2,10}}$")
MAX_STEM_LABEL = 5  # a cell ending in a field's stem is taken for a label only this short ("就读学校")


@lru_cache(maxsize=1)
def common() -> frozenset[str]:
    """The common rows of forms that are no field (`_labels.yaml`: 民族, 照片, 档案号 …)."""
    return frozenset(normalize.text(w) for w in yaml.safe_load((HERE / "_labels.yaml").read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def known() -> frozenset[str]:
    """Every label any template reads (field labels, aliases, other labels) and the common rows."""
    words = set(common())
    for t in load():
        words.update(w for ws in t.labels.values() for w in ws)
        words.update(t.other_labels)
    for field in field_types():
        words.update(aliases(field))
    return frozenset(words)


def stem_label(cell: str) -> bool:
    """A short cell ending in a field's stem ("就读学校", "所在单位"): a label, though no template's."""
    return bool(LABEL_LIKE.match(cell)) and len(cell) <= MAX_STEM_LABEL \
        and any(cell.endswith(s) for f in field_types() for s in stems(f))


def _labelled(head: str) -> bool:
    return bool(LABEL_LIKE.match(head)) and (head in known() or stem_label(head))


def without_note(cell: str) -> str | None:
    """The cell with the note of the label it starts with dropped ("毕(结)业时间 1995/7/23" ->
    "毕业时间 1995/7/23"; a value run up to the note is cut off by a tab: "姓名(签字)蔡娟晓" ->
    "姓名\t蔡娟晓"), or None when the cell starts with no label holding a note."""
    m = NOTE.search(cell)
    if not m or m.start() == 0:
        return None
    bare = cell[:m.start()] + cell[m.end():]
    for n in range(min(len(bare), 12), max(m.start(), 2) - 1, -1):  # the longest label spanning the note
        if _labelled(bare[:n]):
            rest = bare[n:]
            return bare[:n] + ("\t" if rest and rest[0] not in " :\t" else "") + rest
    return None


def clean_line(line: str, keep=frozenset()) -> str:
    """The line with the notes of its label cells dropped ("性别(男/女)\t女" -> "性别\t女"), except in
    the labels of `keep` (a template's own labels, which hold their brackets: "校(院)长姓名")."""
    cells = line.split("\t")
    for i, cell in enumerate(cells):
        if any(cell.startswith(k) for k in keep if "(" in k):
            continue
        bare = without_note(cell)
        if bare is not None:
            cells[i] = bare
        elif i > 0 and cells[i - 1] is not None and NOTE.fullmatch(cell.strip()) \
                and without_note(cells[i - 1] + cell.strip()) == cells[i - 1]:
            cells[i] = None  # a note read as a cell of its own right after its label
    return "\t".join(c for c in cells if c is not None)


def starts_with_label(cell: str) -> bool:
    """The cell begins with a known label ("性别女": a label and its value read as one cell)."""
    cell = normalize.compact(cell)
    return any(cell.startswith(w) for w in known() if 2 <= len(w) < len(cell))


def is_label(cell: str) -> bool:
    """The cell is a label, not a value: a known label, with or without its note, or one whose last
    character OCR dropped ("证书编" of 证书编号)."""
    cell = normalize.compact(cell).strip(":")
    if cell in known() or (bare := without_note(cell)) is not None and bare in known():
        return True
    return len(cell) >= 3 and any(len(w) == len(cell) + 1 and w.startswith(cell) for w in known())
