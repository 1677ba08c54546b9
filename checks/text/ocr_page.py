"""OCR one page image: preprocess, recognise, arrange boxes into normalised lines."""
from __future__ import annotations

from checks import normalize, ocr, orientation, preprocess
from checks.ocr import layout


def lines(image, engine: str | None = None, steps=None) -> list[tuple[str, float]]:
    prepared = preprocess.run(image, preprocess.steps_for(engine or ocr.DEFAULT) if steps is None else steps)
    read = ocr.get(engine)
    boxes = read(prepared)
    turn = orientation.correction(boxes, prepared.size, prepared)
    if turn:  # a second pass only for pages that lie sideways or upside down
        boxes = read(prepared.rotate(turn, expand=True))
    out = []
    for row in layout.lines(boxes):
        text = normalize.text(layout.text(row))
        score = min(b.score for b in row)
        out.append((text, score))
    return out
