"""Where a label's value sits in bordered tables and ledgers: beside the label, or below it when the
label cell stands alone on its line (a label-over-value ledger), past a photo box or a note line
between them. Also reads bilingual label cells ("性别 Sex", "出生日期 Date of Birth", "编号 No.",
"性别/Sex"):
the English gloss belongs to the label, never to its value."""
from __future__ import annotations

import re

from checks import labels
from checks.normalize import CJK

_BILINGUAL = re.compile(rf"^([{CJK}()]{{2,14}})(?:\s+|\s*/\s*)[A-Z][A-Za-z.]*(?:\s+[A-Za-z.]+){{0,3}}\s*(:?)\s*(?![A-Za-z])(.*)$")
MAX_SKIP = 2  # lines between a label and its value below that may be passed over (photo box, note)


def bilingual(line: str) -> str:
    """The line with the English gloss of each label cell dropped ("性别 Sex\t男" -> "性别\t男")."""
    cells = line.split("\t")
    for i, cell in enumerate(cells):
        m = _BILINGUAL.match(cell.strip())
        if m and (labels.is_label(m.group(1)) or labels.without_note(m.group(1)) or labels.stem_label(m.group(1))):
            cells[i] = m.group(1) + m.group(2) + ("\t" + m.group(3) if m.group(3) else "")
    return "\t".join(cells)


def placeholder(line: str) -> bool:
    """A line that is no value: a common row of no field on its own (照片, 近期免冠), or empty."""
    cell = line.strip(" \t:")
    return not cell or "\t" not in cell and cell in labels.common()


def below(lines: list[tuple[str, float]], n: int) -> int | None:
    """The index of the first line after line n that can hold a value, passing over placeholders."""
    for m in range(n + 1, min(n + 2 + MAX_SKIP, len(lines))):
        if not placeholder(lines[m][0]):
            return m
    return None


def wrapped(lines: list[tuple[str, float]], words) -> list[tuple[str, float]]:
    """A label cell wrapped over two lines with its value between them, as a table cell centres it
    ("从事专业技术" / "2016.8.27" / "工作起始日期"), joined into one line "label value". Only when the
    two halves together are a known label and neither half nor the middle line is one."""
    out, n = [], 0
    while n < len(lines):
        if n + 2 < len(lines):
            (first, s1), (middle, s2), (last, s3) = lines[n], lines[n + 1], lines[n + 2]
            a, v, b = first.strip(), middle.strip(), last.strip()
            if ("\t" not in a + b and a + b in words and a not in words and b not in words
                    and v and not labels.is_label(v) and not labels.starts_with_label(v)):
                out.append((f"{a}{b}\t{v}", min(s1, s2, s3)))
                n += 3
                continue
        out.append(lines[n])
        n += 1
    return out


MIN_WRAPPED = 12  # a value cell at least this long may be wrapped onto the next line by a narrow column
_TAIL = re.compile(rf"^[{CJK}()]{{1,4}}$")


def continued(lines: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """A long value wrapped in a narrow column, its last characters alone on the next line
    ("任职单位名称\t湖南省交通规划勘察设计院有限公" / "司"), joined again. Only a short tail that is no
    label, no closed-vocabulary value (男, 本科) and not followed by a label waiting for it."""
    out: list[tuple[str, float]] = []
    for n, (line, score) in enumerate(lines):
        tail = line.strip()
        if out and "\t" in out[-1][0] and _TAIL.match(tail) and len(out[-1][0].split("\t")[-1]) >= MIN_WRAPPED \
                and not labels.is_label(tail) and not labels.stem_label(tail) and tail not in labels.known() \
                and not _vocabulary(tail) and not _waiting(lines, n + 1):
            prev, s = out.pop()
            out.append((prev + tail, min(s, score)))
            continue
        out.append((line, score))
    return out


# a school's or an organisation's name ends as such names do, so a label right after that ending is no
# part of the name ("湖南省商业技术学院中专部专业\t安全工程": the next column's label 专业 run onto it)
_NAMED = re.compile(rf"^[{CJK}()]{{2,}}?(?:大学|学院|学校|中专部|分校|技校|党校|公司|研究院|设计院|中心)$")


def glued(line: str) -> str:
    """The line with a label that ran onto the end of the value before it cut off into a cell of its
    own, when what precedes it is a complete school or organisation name and a value follows it."""
    cells = line.split("\t")
    out = []
    for i, cell in enumerate(cells):
        nxt = cells[i + 1].strip() if i + 1 < len(cells) else ""
        split = None
        if nxt and not labels.is_label(nxt) and not labels.starts_with_label(nxt):
            for n in range(2, min(6, len(cell) - 1)):
                head, tail = cell[:-n], cell[-n:]
                if tail in labels.known() and not labels.is_label(head) and _NAMED.match(head.strip()):
                    split = (head, tail)
                    break
        out.extend(split or (cell,))
    return "\t".join(out)


def _vocabulary(cell: str) -> bool:
    return cell in ("男", "女") or any(w in cell for w in ("本科", "专科", "大专", "硕士", "博士", "中专", "研究生"))


def _waiting(lines, n: int) -> bool:
    """The line is a label left blank (a value written above it belongs to it)."""
    if n >= len(lines):
        return False
    cell = lines[n][0].strip(" :\t")
    return "\t" not in cell and (labels.is_label(cell) or labels.stem_label(cell) or labels.without_note(cell) is not None
                                 or lines[n][0].rstrip().endswith(":"))
