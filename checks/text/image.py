"""Image backend: every frame of a scan or photo is OCR'd."""
from __future__ import annotations

from pathlib import Path

from PIL import Image, UnidentifiedImageError

from checks.pages import iter_images
from checks.text import Reading, Unreadable, ocr_page


def read(path: Path, engine: str | None) -> Reading:
    reading = Reading(source="ocr")
    try:
        for frame in iter_images(path):  # one decoded frame in memory at a time
            reading.pages += 1
            reading.lines.extend(ocr_page.lines(frame, engine))
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, SyntaxError) as exc:
        raise Unreadable(f"图片已损坏或无法解码：{type(exc).__name__}") from exc
    return reading
