"""Page orientation from the OCR boxes, for photos taken sideways or upside down without EXIF.

Two document facts, not layout strings: text lines run across the page (boxes wider than tall),
and the title, in the largest black type, sits near the top (red seal text is not a title).
Returns the counter-clockwise rotation (0, 90, 180, 270) that puts the page upright."""
from __future__ import annotations

import statistics

import numpy as np

from checks.ocr import Box


def _red(image, box: Box) -> bool:
    if image is None or image.mode != "RGB":
        return False
    a = np.asarray(image.crop((int(box.x0), int(box.y0), int(box.x1), int(box.y1)))).astype(np.int16)
    ink = a.min(axis=2) < 160
    red = (a[..., 0] - a[..., 1] > 50) & (a[..., 0] - a[..., 2] > 40)
    return bool(ink.any()) and (red & ink).sum() > 0.5 * ink.sum()


def correction(boxes: list[Box], size: tuple[int, int], image=None) -> int:
    words = [b for b in boxes if len(b.text.strip()) >= 2]
    if len(words) < 3:
        return 0
    sideways = statistics.median((b.y1 - b.y0) / max(b.x1 - b.x0, 1) for b in words) > 1.0
    aligned = [b for b in words if ((b.y1 - b.y0) > (b.x1 - b.x0)) == sideways] or words
    ranked = sorted(aligned, key=lambda b: (-round(min(b.x1 - b.x0, b.y1 - b.y0) / 4), -len(b.text)))
    title = next((b for b in ranked[:8] if not _red(image, b)), ranked[0])
    w, h = size
    if sideways:
        centre = (title.x0 + title.x1) / 2 / w
        if centre < 0.34:
            return 270  # the page's top is on the left
        if centre > 0.66:
            return 90
        return 0
    return 180 if (title.y0 + title.y1) / 2 / h > 0.66 else 0
