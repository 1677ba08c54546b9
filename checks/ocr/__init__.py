"""OCR engines behind one registry.

Contract: an engine is a callable `engine(image: PIL.Image.Image) -> list[Box]`, one Box per
recognised text run with its pixel box and a score in [0, 1]. `get(name)` builds an engine once per
process; `DEFAULT` names the engine measured best on our corpus (see bench/ocr.py)."""
from __future__ import annotations

import importlib
import os
from functools import cache
from typing import NamedTuple


class Box(NamedTuple):
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    score: float


ENGINES = {"rapidocr": "checks.ocr.rapid", "tesseract": "checks.ocr.tess"}
DEFAULT = os.environ.get("CHECKS_OCR_ENGINE", "rapidocr")


def names() -> list[str]:
    return list(ENGINES)


@cache
def get(name: str | None = None):
    """The engine callable for a registered name (default DEFAULT)."""
    name = name or DEFAULT
    if name not in ENGINES:
        raise ValueError(f"unknown OCR engine {name!r}; known: {', '.join(ENGINES)}")
    return importlib.import_module(ENGINES[name]).build()
