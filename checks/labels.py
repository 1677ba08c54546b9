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
def known() -> frozenset[str]:
    """Every label any template reads (field labels, aliases, other labels) and the common rows."""
    common = yaml.safe_load((HERE / "_labels.yaml").read_text(encoding="utf-8"))
    words = {normalize.text(w) for w in common}
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


def without_note(head: str) -> str | None:
    """The label without its bracketed note, or None when `head` is no label with a note."""
    if "(" not in head:
        return None
    bare = NOTE.sub("", head).strip()
    if bare == head or not LABEL_LIKE.match(bare):
        return None
    return bare if bare in known() or stem_label(bare) else None


def clean_line(line: str, keep=frozenset()) -> str:
    """The line with the notes of its label cells dropped ("性别(男/女)\t女" -> "性别\t女"), except in
    the labels of `keep` (a template's own labels, which hold their brackets: "校(院)长姓名")."""
    cells = line.split("\t")
    for i, cell in enumerate(cells):
        head, colon, tail = cell.partition(":")
        bare = None if head.strip() in keep else without_note(head.strip())
        if bare is not None:
            cells[i] = bare + colon + tail
        elif not colon and i > 0 and NOTE.fullmatch(cell.strip()) and without_note(cells[i - 1] + cell.strip()):
            cells[i] = None  # a note read as a cell of its own right after its label
    return "\t".join(c for c in cells if c is not None)


def is_label(cell: str) -> bool:
    """The cell is a label, not a value: a known label, with or without its note."""
    cell = normalize.compact(cell).strip(":")
    return cell in known() or without_note(cell) is not None
