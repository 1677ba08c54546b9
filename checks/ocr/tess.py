"""Tesseract via pytesseract (chi_sim+eng), word boxes merged into runs per text line."""
from __future__ import annotations

import pytesseract

from checks.ocr import Box

LANG = "chi_sim+eng"
CONFIG = "--oem 1 --psm 4"  # one column of lines of varying size: reads table rows whole


def build():
    def run(image) -> list[Box]:
        data = pytesseract.image_to_data(image, lang=LANG, config=CONFIG, output_type=pytesseract.Output.DICT)
        runs: dict[tuple, list] = {}
        for i, word in enumerate(data["text"]):
            if not word.strip() or float(data["conf"][i]) < 0:
                continue
            key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            runs.setdefault(key, []).append(i)
        out = []
        for idx in runs.values():
            x0 = min(data["left"][i] for i in idx)
            y0 = min(data["top"][i] for i in idx)
            x1 = max(data["left"][i] + data["width"][i] for i in idx)
            y1 = max(data["top"][i] + data["height"][i] for i in idx)
            text = " ".join(data["text"][i] for i in idx)
            score = sum(float(data["conf"][i]) for i in idx) / len(idx) / 100
            out.append(Box(text, x0, y0, x1, y1, score))
        return out

    return run
