"""Open a file as pages: images for scans and photos, pdfplumber pages plus pypdfium2 renderings for PDFs."""
from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageSequence

RENDER_DPI = 200
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
    with Image.open(path) as img:
        frames = [f.copy() for f in ImageSequence.Iterator(img)]
    return frames


def render_pdf_page(pdf, index: int, dpi: int = RENDER_DPI) -> Image.Image:
    """Render one page of a pypdfium2 document to a Pillow image."""
    page = pdf[index]
    try:
        return page.render(scale=dpi / 72).to_pil()
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
