"""Arrange OCR boxes into reading-order lines; far-apart boxes on one line are separated by a tab."""
from __future__ import annotations

from checks.ocr import Box


def lines(boxes: list[Box]) -> list[list[Box]]:
    """Group boxes whose vertical centres fall within half a box height of each other."""
    rows: list[list[Box]] = []
    for box in sorted(boxes, key=lambda b: (b.y0 + b.y1) / 2):
        centre = (box.y0 + box.y1) / 2
        height = max(box.y1 - box.y0, 1)
        if rows:
            last = rows[-1]
            ref = sum((b.y0 + b.y1) / 2 for b in last) / len(last)
            ref_h = sum(b.y1 - b.y0 for b in last) / len(last)
            if abs(centre - ref) < 0.5 * min(height, ref_h):
                last.append(box)
                continue
        rows.append([box])
    return [sorted(row, key=lambda b: b.x0) for row in rows]


def text(boxes: list[Box]) -> str:
    out = []
    for row in lines(boxes):
        parts = [row[0].text]
        for prev, box in zip(row, row[1:]):
            gap = box.x0 - prev.x1
            parts.append(("\t" if gap > (box.y1 - box.y0) * 0.8 else " ") + box.text)
        out.append("".join(parts))
    return "\n".join(out)
