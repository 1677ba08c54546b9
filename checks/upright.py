"""Labels printed upright: the characters of a label stacked one per line in a narrow table cell
("毕", "业", "证\t117…", "书", "号"), often beside a section heading stacked the same way in the
cell to its left ("基", "本", "情", "况"). Read line by line, such cells come out as a run of lines
that each start with one Chinese character, the heading's and the labels' characters interleaved.
`join` reads the run's characters as known labels and section headings (`parse`); each label gets
the first of the run's other cells, on a line its characters span, that is not a label itself
("毕业证书号\t117…"). Lines of the run that start with a label of their own ("更新时间\t2025.3.9")
stay as they are."""
from __future__ import annotations

import re
from functools import cache

from checks.normalize import CJK

# headings of form sections, printed down the left edge of bordered forms
SECTIONS = ("基本情况", "基本信息", "个人情况", "个人信息", "学习经历", "教育经历", "学历信息", "学习情况",
            "工作及报考", "工作经历", "工作情况", "报考信息", "报考情况", "报告信息", "认证信息", "本人承诺",
            "审核意见", "单位意见", "备注")
_ONE = re.compile(rf"^[{CJK}]$")
MAX_GAP = 2  # lines without a stacked character allowed inside a run (a label and value beside a heading)


def _stacked(line: str) -> tuple[list[str], list[str]]:
    """(the line's leading one-character cells, its other cells)."""
    cells = [c.strip() for c in line.split("\t")]
    n = 0
    while n < len(cells) and _ONE.match(cells[n]):
        n += 1
    return cells[:n], [c for c in cells[n:] if c]


def parse(chars: list[str], words, prefixes) -> list[tuple[str, tuple[int, ...]]] | None:
    """The stacked characters read as labels (`words`; `prefixes` holds every prefix of them)
    interleaved with section headings: [(label, positions of its characters)], or None when they do
    not read so. A heading runs down a column of its own, so it is open while labels come and go; a
    run may begin or end inside a heading (a gap in the column cuts it)."""
    n = len(chars)

    @cache
    def go(i: int, buf: tuple[int, ...], head: str):
        word = "".join(chars[j] for j in buf)
        if i == n:
            return () if not buf else ((word, buf),) if word in words else None
        c = chars[i]
        tries = []
        if word + c in prefixes:
            tries.append(lambda: go(i + 1, buf + (i,), head))
        if buf and word in words and c in prefixes:  # a label ends, the next begins
            tries.append(lambda: _then((word, buf), go(i + 1, (i,), head)))
        if head and head[0] == c:
            tries.append(lambda: go(i + 1, buf, head[1:]))
        if not head:
            tries.extend(lambda h=h: go(i + 1, buf, h[1:]) for h in SECTIONS if h[0] == c)
        for attempt in tries:
            got = attempt()
            if got is not None:
                return got
        return None

    starts = [""] + sorted({h[k:] for h in SECTIONS for k in range(1, len(h))}, key=len, reverse=True)
    for head in starts:
        got = go(0, (), head)
        if got is not None:
            return list(got)
    return None


def _then(first, rest):
    return None if rest is None else (first, *rest)


def unglue(line: str, starts_label) -> str:
    """A section heading read into the cell of the label beside it ("报告信息认证报告编号\t…") split off."""
    cells = line.split("\t")
    for i, cell in enumerate(cells):
        head = next((h for h in SECTIONS if cell.startswith(h) and len(cell) > len(h) + 1), None)
        if head and starts_label(cell[len(head):] + "\t"):
            cells[i] = head + "\t" + cell[len(head):]
    return "\t".join(cells)


def _runs(lines: list[str]):
    """(start, end) of each run: lines with stacked characters, at most MAX_GAP lines without between."""
    n = 0
    while n < len(lines):
        if not _stacked(lines[n])[0]:
            n += 1
            continue
        start, end, gap, m = n, n + 1, 0, n + 1
        while m < len(lines) and gap <= MAX_GAP:
            if _stacked(lines[m])[0]:
                end, gap = m + 1, 0
            else:
                gap += 1
            m += 1
        yield start, end
        n = end


def join(lines: list[tuple[str, float]], words, starts_label) -> list[tuple[str, float]]:
    """The lines with every run of stacked characters rebuilt (see the module note): `words` are the
    labels known, `starts_label(cell)` tells a cell that starts a label row of its own from a value."""
    lines = [(unglue(line, starts_label), score) for line, score in lines]
    words = frozenset(words)
    prefixes = frozenset(w[:k] for w in words for k in range(1, len(w) + 1))
    text = [line for line, _ in lines]
    out: list[tuple[str, float]] = []
    last = 0
    for start, end in _runs(text):
        run = lines[start:end]
        chars, line_of = [], []
        for k, (line, _) in enumerate(run):
            for c in _stacked(line)[0]:
                chars.append(c)
                line_of.append(k)
        got = parse(chars, words, prefixes) if len(chars) >= 2 else None
        if not got:
            continue
        out.extend(lines[last:start])
        last = end
        rows = {k: cells for k, (line, _) in enumerate(run) if (cells := _stacked(line)[1])}
        placed: dict[int, list[str]] = {}  # run line -> the lines rebuilt there
        taken: set[int] = set()  # run lines whose cells became a label's value
        score = min(s for _, s in run)
        for word, at in got:
            span = range(line_of[at[0]], line_of[at[-1]] + 1)
            k = next((k for k in span if k in rows and k not in taken and not starts_label(rows[k][0])), None)
            if k is None:
                placed.setdefault(line_of[at[0]], []).append(word)
            else:
                taken.add(k)
                placed.setdefault(k, []).append("\t".join([word, *rows[k]]))
        for k, (_, s) in enumerate(run):
            if k in placed:
                out.extend((line, score) for line in placed[k])
            if k in rows and k not in taken:
                out.append(("\t".join(rows[k]), s))
    out.extend(lines[last:])
    return out
