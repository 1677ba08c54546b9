"""OCR one page image: preprocess, recognise, arrange boxes into normalised lines."""
from __future__ import annotations

from checks import normalize, ocr, preprocess
from checks.ocr import layout


def lines(image, engine: str | None = None, steps=None) -> list[tuple[str, float]]:
    prepared = preprocess.run(image, preprocess.DEFAULT_STEPS if steps is None else steps)
    boxes = ocr.get(engine)(prepared)
    out = []
    for row in layout.lines(boxes):
        text = normalize.text(layout.text(row))
        score = min(b.score for b in row)
        out.append((text, score))
    return out
