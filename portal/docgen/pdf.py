"""Write a planned page as a PDF with fpdf2: a real text layer, or a scanned page image only."""
from __future__ import annotations

import io

from fpdf import FPDF
from PIL import Image

from portal.certs import fpdf_fonts
from portal.docgen import qr
from portal.docgen.fonts import DEFAULT_PDF, resolve
from portal.docgen.plan import WIDTH, Op
from portal.docgen.seal import seal_image

MM = 210 / WIDTH  # page units per pixel of the plan
PT = MM * 72 / 25.4  # font points per pixel of the plan


def text_pdf(ops: list[Op], font: str | None) -> bytes:
    """A PDF whose text is drawn with the font (TrueType fonts give a decodable text layer)."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    path, index = resolve(font, DEFAULT_PDF)
    fpdf_fonts.add_font(pdf, "doc", path, index)
    pdf.add_page()
    pdf.set_line_width(0.3)
    for op in ops:
        if op.what == "rect":
            pdf.rect(op.x * MM, op.y * MM, op.w * MM, op.h * MM)
        elif op.what == "text":
            pdf.set_font("doc", size=op.size * PT)
            width = pdf.get_string_width(op.text)
            x = op.x * MM - (width / 2 if op.align == "center" else 0)
            pdf.text(x, (op.y + op.size * 0.9) * MM, op.text)
        elif op.what == "qr":
            pdf.image(qr.image(op.text, int(op.w) * 2), x=op.x * MM, y=op.y * MM, w=op.w * MM)
        elif op.what == "seal":
            stamp = seal_image(op.text, font=None)
            w = stamp.width * MM
            pdf.image(stamp, x=op.x * MM - w / 2, y=op.y * MM - w / 2, w=w)
    return bytes(pdf.output())


def image_pdf(pages: list[Image.Image], dpi: int = 150) -> bytes:
    """A PDF with one scanned image per page and no text layer (how scanners save)."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    for page in pages:
        pdf.add_page()
        buf = io.BytesIO()
        page.convert("RGB").save(buf, format="JPEG", quality=85)
        buf.seek(0)
        pdf.image(buf, x=0, y=0, w=210, h=210 * page.height / page.width)
    return bytes(pdf.output())
