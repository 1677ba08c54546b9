"""Lines of a PDF text layer rebuilt from the characters' positions, with cell boundaries as tabs.

A boundary is a gap wider than CELL_GAP font sizes, a vertical ruling (table border) or a jump in
font size between two characters; a narrower gap is a space (normalisation drops it between Chinese
characters, so letter-spaced labels such as "姓　名" read whole). Segments of one Chinese character
each, side by side within one cell, are letter-spacing too ("姓　　名" spaced to the width of a
longer label) and are joined."""
from __future__ import annotations

import re

from checks.normalize import CJK

CELL_GAP = 1.5   # font sizes of empty space that separate two cells
WORD_GAP = 0.2   # font sizes of empty space that separate two words
SIZE_JUMP = 1.3  # neighbouring characters whose font sizes differ this much are in two cells
_HAN = re.compile(rf"[{CJK}]")


def _rulings(page) -> list[tuple[float, float, float]]:
    """(x, top, bottom) of every vertical edge drawn on the page (rectangle sides and lines)."""
    try:
        edges = page.vertical_edges
    except Exception:  # a malformed drawing operator must not cost the text
        return []
    return [(e["x0"], e["top"], e["bottom"]) for e in edges if e["bottom"] - e["top"] > 4]


def _ruled(rulings, x0: float, x1: float, top: float, bottom: float) -> bool:
    mid = (top + bottom) / 2
    return any(x0 - 0.5 <= x <= x1 + 0.5 and t <= mid <= b for x, t, b in rulings)


def _merge_letter_spaced(segments: list[str], ruled: list[bool]) -> list[str]:
    """Join runs of two or more one-character Chinese segments ("姓", "名" → "姓名") that no ruling
    separates (`ruled[i]`: a ruling stands between segments i and i + 1), so "性 别" in a label
    cell stays apart from "男" in the value cell."""
    out: list[str] = []
    run: list[str] = []
    for i, seg in enumerate(segments + [""]):
        if len(seg) == 1 and _HAN.match(seg) and not (run and ruled[i - 1]):
            run.append(seg)
            continue
        if run:
            out.extend(["".join(run)] if len(run) > 1 else run)
            run = []
        if len(seg) == 1 and _HAN.match(seg):
            run.append(seg)
        elif seg:
            out.append(seg)
    return out


def _boundary(prev, c, rulings) -> str:
    """"cell", "ruled" (a cell boundary on a ruling), "word" or "" between two neighbouring characters.
    A jump in font size is a cell boundary too: a label squeezed to fit its cell runs up to the value."""
    gap, size = c["x0"] - prev["x1"], max(c["size"], prev["size"], 1.0)
    if _ruled(rulings, prev["x1"], c["x0"], c["top"], c["bottom"]):
        return "ruled"
    if gap > CELL_GAP * size or max(c["size"], prev["size"]) > SIZE_JUMP * max(min(c["size"], prev["size"]), 0.1):
        return "cell"
    return "word" if gap > WORD_GAP * size else ""


def page_lines(page) -> list[str]:
    rulings = _rulings(page)
    out = []
    for line in page.extract_text_lines(return_chars=True, strip=True):
        chars = sorted((c for c in line["chars"] if not c["text"].isspace()), key=lambda c: c["x0"])
        segments, ruled, word, prev = [], [], "", None
        for c in chars:
            if prev is not None:
                kind = _boundary(prev, c, rulings)
                if kind in ("cell", "ruled"):
                    segments.append(word)
                    ruled.append(kind == "ruled")
                    word = ""
                elif kind == "word":
                    word += " "
            word += c["text"]
            prev = c
        if word:
            segments.append(word)
        if segments:
            out.append("\t".join(_merge_letter_spaced(segments, ruled)))
    return out
