"""Open a file as pages: images for scans and photos, pdfplumber pages plus pypdfium2 renderings for PDFs."""
from __future__ import annotations

import os
from pathlib import Path

from PIL import Image, ImageSequence

RENDER_DPI = 200
# No rendered page exceeds this many pixels (CHECKS_RENDER_PIXELS): a huge page box renders at a lower
# resolution instead of exhausting memory (a 14,400 pt page at 200 dpi would be 1.6 gigapixels).
RENDER_PIXELS = int(os.environ.get("CHECKS_RENDER_PIXELS", 16_000_000))
Image.MAX_IMAGE_PIXELS = 60_000_000  # larger images are refused at upload; here they raise instead of exhausting memory


def sniff(head: bytes) -> str | None:
    """The file type from its first bytes: pdf, png, jpeg, tiff, webp, bmp, gif, or None."""
    signatures = [(b"%PDF-", "pdf"), (b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff", "jpeg"),
                  (b"II*\x00", "tiff"), (b"MM\x00*", "tiff"), (b"BM", "bmp"), (b"GIF8", "gif")]
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if b"%PDF-" in head[:1024]:  # readers accept leading junk before the header
        return "pdf"
    for magic, name in signatures:
        if head.startswith(magic):
            return name
    return None


def images(path: str | Path) -> list[Image.Image]:
    """Every page of an image file (TIFF frames included), EXIF-rotated later by preprocessing."""
    return list(iter_images(path))


def iter_images(path: str | Path):
    """The frames of an image file one at a time, so that only one is decoded in memory at once."""
    with Image.open(path) as img:
        for frame in ImageSequence.Iterator(img):
            yield frame.copy()


def iter_pages(path: str | Path):
    """The pages of a PDF (rendered) or an image file (frames), one at a time."""
    with open(path, "rb") as fh:
        kind = sniff(fh.read(1024))
    if kind != "pdf":
        yield from iter_images(path)
        return
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        for i in range(len(pdf)):
            yield render_pdf_page(pdf, i)
    finally:
        pdf.close()


def is_blank(image: Image.Image, spread: int = 8) -> bool:
    """A page with no ink at all (every pixel within `spread` grey levels): nothing for OCR to read."""
    lo, hi = image.convert("L").getextrema()
    return hi - lo <= spread


def render_scale(width_pt: float, height_pt: float, dpi: int = RENDER_DPI, max_pixels: int | None = None) -> float:
    """Pixels per point: `dpi`, lowered so that the rendered page has at most `max_pixels` pixels."""
    budget = max_pixels or RENDER_PIXELS
    scale = dpi / 72
    area = max(width_pt, 1.0) * max(height_pt, 1.0)
    if area * scale * scale > budget:
        scale = (budget / area) ** 0.5
    return scale


def render_pdf_page(pdf, index: int, dpi: int = RENDER_DPI) -> Image.Image:
    """Render one page of a pypdfium2 document to a Pillow image, within the pixel budget."""
    page = pdf[index]
    try:
        return page.render(scale=render_scale(page.get_width(), page.get_height(), dpi)).to_pil()
    finally:
        page.close()


def pdf_images(path: str | Path, dpi: int = RENDER_DPI) -> list[Image.Image]:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return [render_pdf_page(pdf, i, dpi) for i in range(len(pdf))]
    finally:
        pdf.close()


def page_images(path: str | Path) -> list[Image.Image]:
    with open(path, "rb") as fh:
        kind = sniff(fh.read(1024))
    return pdf_images(path) if kind == "pdf" else images(path)
