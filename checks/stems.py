"""Fields whose label the template does not know, found by the label's word stem (`stems` in
checks/templates/_fields.yaml): a short label-like cell ("服务单位", "居民身份证号码") that holds a
stem of the field, followed by a value of the field's type (after its colon, in the next cell, in
the cell below, or on the line below a label alone on its line). Less certain than a known label: BY_STEM times the line's reading score."""
from __future__ import annotations

import re

from checks import labels, placement, values
from checks.normalize import CJK
from checks.templates import Template, field_types, stems

BY_STEM = 0.8
LABELISH = re.compile(rf"^[{CJK}()/]{{2,12}}$")


MAX_PAST_STEM = 3  # a label over its value runs on this far past its stem ("就读学校名称"; "审计专业技术资格" is a value)
MAX_ALONE = 9     # a label alone on its line over its value is this short (a title holding a stem is not one)
SENTENCE = re.compile(r"[,。;]")


def _is_label(cell: str, known: set) -> bool:
    """A label cell: known, short with a field's stem, starting with a label, or labels joined by "/"."""
    parts = [p for p in cell.split("/") if p]
    return cell in known or labels.is_label(cell) or labels.stem_label(cell) or labels.starts_with_label(cell) \
        or len(parts) > 1 and all(p in known or labels.is_label(p) for p in parts)


def _candidates(cells: list[str], j: int, below: list[str], known: set, stem_end: int = 0):
    head, colon, tail = cells[j].partition(":")
    if colon and tail.strip():
        yield tail
        return
    if j + 1 < len(cells) and not _is_label(cells[j + 1], known):
        yield cells[j + 1]
    if len(below) == len(cells) > 1 and stem_end <= MAX_PAST_STEM:
        yield below[j]  # a row of labels over a row of values
    elif len(cells) == 1 and len(below) == 1 and not colon and len(head) <= MAX_ALONE \
            and not SENTENCE.search(below[0]) and not _is_label(below[0].strip(), known):
        yield below[0]  # a label alone on its line over its value (an app's card, a ledger)


def _find(template: Template, field: str, line: str, nxt: str, exam_code):
    known = {w for ws in template.labels.values() for w in ws} | set(template.other_labels)
    cells, below = line.split("\t"), nxt.split("\t")
    for j, cell in enumerate(cells):
        head = cell.partition(":")[0].strip()
        if not LABELISH.match(head) or head in known or not any(s in head for s in stems(field)):
            continue
        stem_end = min(len(head) - head.index(st) - len(st) for st in stems(field) if st in head)
        for raw in _candidates(cells, j, below, known, stem_end):
            got = values.read(field_types()[field], raw, exam_code)
            if got is not None:
                return got
    return None


def fill(template: Template, wanted: list[str], lines, fields: dict, conf: dict, exam_code=None) -> None:
    """Add the wanted fields found after a label-like cell holding one of the field's stems."""
    for field in wanted:
        if not stems(field):
            continue
        for n, (line, score) in enumerate(lines):
            nxt = placement.below(lines, n)
            got = _find(template, field, line, lines[nxt][0] if nxt is not None else "", exam_code)
            if got is not None:
                fields[field], conf[field] = got[0], round(score * got[1] * BY_STEM, 3)
                break
