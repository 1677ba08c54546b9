"""Small sharp text images (crops of dates and codes, 300–600 px wide, as people upload them), to
measure whether upscaling before OCR helps or hurts, by text height."""
from __future__ import annotations

from PIL import Image, ImageDraw

from checks.ocr import layout
from portal.docgen.fonts import pil_font

TEXTS = ("2018-06-29", "U/L", "A7S126WYRSXSH6Z8", "430102199001011234", "2024年03月05日", "湖南大学")
SIZES = (10, 14, 18, 24, 32, 44)  # font size in pixels (text rows about 0.75 of it)
FONTS = ("noto-sans", "wqy")


def image(text: str, size: int, font: str) -> Image.Image:
    face = pil_font(font, size)
    width = max(300, int(face.getlength(text)) + 40) if size < 40 else int(face.getlength(text)) + 40
    img = Image.new("RGB", (width, size * 2 + 20), "white")
    ImageDraw.Draw(img).text((20, size // 2 + 5), text, font=face, fill=(20, 20, 20))
    return img


def samples(fonts=FONTS):
    return [(size, text, image(text, size, font)) for size in SIZES for font in fonts for text in TEXTS]


def read(engine, img: Image.Image) -> str:
    return "".join(b.text for row in layout.lines(engine(img)) for b in row).replace(" ", "")


def score(reader, fonts=FONTS) -> dict[str, tuple[int, int]]:
    """{"<size> px": (exact reads, images)} for a reader(image) -> text."""
    out: dict[str, list[int]] = {}
    for size, text, img in samples(fonts):
        row = out.setdefault(f"{size}px", [0, 0])
        row[0] += reader(img) == text
        row[1] += 1
    return {k: (a, n) for k, (a, n) in out.items()}
