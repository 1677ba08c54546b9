"""Page orientation from the OCR boxes, for photos taken sideways or upside down without EXIF.

Two document facts, not layout strings: text lines run across the page (boxes wider than tall),
and the title, in the largest type, sits near the top. Returns the counter-clockwise rotation
(0, 90, 180, 270) that puts the page upright."""
from __future__ import annotations

import statistics

from checks.ocr import Box


def correction(boxes: list[Box], size: tuple[int, int]) -> int:
    words = [b for b in boxes if len(b.text.strip()) >= 3]
    if len(words) < 3:
        return 0
    sideways = statistics.median((b.y1 - b.y0) / max(b.x1 - b.x0, 1) for b in words) > 1.0
    aligned = [b for b in words if ((b.y1 - b.y0) > (b.x1 - b.x0)) == sideways] or words
    aligned = [b for b in aligned if len(b.text) >= 5] or aligned  # a title is a phrase, not a seal-arc fragment
    title = max(aligned, key=lambda b: (round(min(b.x1 - b.x0, b.y1 - b.y0) / 4), len(b.text)))
    w, h = size
    if sideways:
        centre = (title.x0 + title.x1) / 2 / w
        if centre < 0.34:
            return 270  # the page's top is on the left
        if centre > 0.66:
            return 90
        return 0
    return 180 if (title.y0 + title.y1) / 2 / h > 0.66 else 0
