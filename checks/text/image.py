"""Image backend: every frame of a scan or photo is OCR'd."""
from __future__ import annotations

from pathlib import Path

from PIL import Image, UnidentifiedImageError

from checks.pages import images
from checks.text import Reading, Unreadable, ocr_page


def read(path: Path, engine: str | None) -> Reading:
    try:
        frames = images(path)
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, SyntaxError) as exc:
        raise Unreadable(f"图片已损坏或无法解码：{type(exc).__name__}") from exc
    reading = Reading(source="ocr", pages=len(frames))
    for frame in frames:
        reading.lines.extend(ocr_page.lines(frame, engine))
    return reading
