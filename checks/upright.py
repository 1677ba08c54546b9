"""Labels printed upright: the characters of a label stacked one per line in a narrow table cell
("毕", "业", "证\t117…", "书", "号"), often beside a section heading stacked the same way in the
cell to its left ("基", "本", "情", "况"). Read line by line, such a cell comes out as a run of lines
that each start with one Chinese character. `join` rebuilds them: the characters of the run, less
those of a section heading they spell, are the label, and the first of the run's other cells that is
not itself a label is its value ("毕业证书号\t117…"). Lines of the run that start with a label of their
own ("更新时间\t2025.3.9") stay as they are."""
from __future__ import annotations

import re

from checks.normalize import CJK

# headings of form sections, printed down the left edge of bordered forms
SECTIONS = ("基本情况", "基本信息", "个人情况", "个人信息", "学习经历", "教育经历", "学历信息", "学习情况",
            "工作及报考", "工作经历", "工作情况", "报考信息", "报考情况", "报告信息", "认证信息", "本人承诺",
            "承诺", "审核意见", "单位意见", "备注")
_ONE = re.compile(rf"^[{CJK}]$")
MAX_GAP = 1  # lines without a stacked character allowed inside a run (a value centred in a tall cell)


def _stacked(line: str) -> tuple[list[str], list[str]]:
    """(the line's leading one-character cells, its other cells)."""
    cells = [c.strip() for c in line.split("\t")]
    n = 0
    while n < len(cells) and _ONE.match(cells[n]):
        n += 1
    return cells[:n], [c for c in cells[n:] if c]


def _subsequence(word: str, chars: list[str]) -> list[int] | None:
    """Positions in `chars` that spell `word` in order, or None."""
    at, out = 0, []
    for ch in word:
        while at < len(chars) and chars[at] != ch:
            at += 1
        if at == len(chars):
            return None
        out.append(at)
        at += 1
    return out


def label_of(chars: list[str]) -> str:
    """The stacked characters less those of the section headings they spell."""
    chars = list(chars)
    for heading in sorted(SECTIONS, key=len, reverse=True):
        where = _subsequence(heading, chars)
        if where is not None:
            chars = [c for i, c in enumerate(chars) if i not in where]
    return "".join(chars)


def _runs(lines: list[str]):
    """(start, end) of each run: lines with stacked characters, at most MAX_GAP lines without between."""
    n = 0
    while n < len(lines):
        if not _stacked(lines[n])[0]:
            n += 1
            continue
        start, end, gap = n, n + 1, 0
        m = n + 1
        while m < len(lines) and gap <= MAX_GAP:
            if _stacked(lines[m])[0]:
                end, gap = m + 1, 0
            else:
                gap += 1
            m += 1
        yield start, end
        n = end


def split(word: str, is_label) -> list[str]:
    """The word as a sequence of labels ("毕业年月日毕业证书号" -> both; two stacked cells one above the
    other read as one run), longest first; the whole word when it does not split so."""
    if len(word) < 4 or is_label(word):
        return [word]
    for n in range(len(word) - 2, 1, -1):
        if is_label(word[:n]):
            rest = split(word[n:], is_label)
            if all(is_label(w) for w in rest):
                return [word[:n], *rest]
    return [word]


def join(lines: list[tuple[str, float]], is_label, starts_label) -> list[tuple[str, float]]:
    """The lines with every run of stacked characters rebuilt (see the module note): `is_label(word)`
    tells a label, `starts_label(cell)` a cell that starts a label row of its own rather than a value."""
    text = [line for line, _ in lines]
    out: list[tuple[str, float]] = []
    last = 0
    for start, end in _runs(text):
        run = lines[start:end]
        chars = [c for line, _ in run for c in _stacked(line)[0]]
        if len(chars) < 2:
            continue
        out.extend(lines[last:start])
        last = end
        words = [w for w in split(label_of(chars), is_label) if len(w) >= 2]
        rows = [(cells, score) for line, score in run if (cells := _stacked(line)[1])]
        free = [i for i, (cells, _) in enumerate(rows) if not starts_label(cells[0])]
        score = min(s for _, s in run)
        for n, word in enumerate(words):
            cells = rows[free[n]][0] if n < len(free) else []
            out.append(("\t".join([word, *cells]), score))
        used = set(free[:len(words)])
        out.extend(("\t".join(cells), s) for i, (cells, s) in enumerate(rows) if i not in used)
    out.extend(lines[last:])
    return out
