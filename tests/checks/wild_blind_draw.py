"""Draw a held-out page (`wild_blind_layouts` operations) as an image or as a text-layer PDF. Beyond
the docgen operations: "fill" (a filled box in `colour`), coloured rules and text, right-aligned
text, and "tick" (a pen tick over a tick box). Hand-filled values and seals as on the tuned pages."""
from __future__ import annotations

import random

from fpdf import FPDF
from PIL import Image, ImageChops, ImageDraw

from portal.docgen import qr
from portal.docgen.fonts import pil_font, resolve
from portal.docgen.pdf import MM, PT
from portal.docgen.seal import seal_image
from tests.checks import wild_ink
from tests.checks.wild_layouts import Ink

WIDTH, HEIGHT = 1240, 1754
PDF_FONT = "wqy"  # a TrueType font: the text layer decodes


def _left(op: Ink, length: float) -> float:
    return op.x - length / 2 if op.align == "center" else op.x - length if op.align == "right" else op.x


def draw(ops: list[Ink], rng: random.Random) -> Image.Image:
    img = Image.new("RGB", (WIDTH, HEIGHT), "white")
    pen = ImageDraw.Draw(img)
    font, ink = rng.choice(wild_ink.PAGE_FONTS), rng.choice(wild_ink.PENS)
    for op in ops:
        if op.what == "fill":
            pen.rectangle([op.x, op.y, op.x + op.w, op.y + op.h], fill=op.colour)
    for op in ops:
        if op.what == "rect":
            pen.rectangle([op.x, op.y, op.x + op.w, op.y + op.h], outline=op.colour, width=2)
        elif op.what == "text" and op.hand:
            wild_ink._hand(img, op, ink, rng)
        elif op.what == "text":
            face = pil_font(font, op.size)
            pen.text((_left(op, face.getlength(op.text)), op.y), op.text, font=face, fill=op.colour)
        elif op.what == "tick":
            x, y, s = op.x, op.y, op.size
            pen.line([(x, y + s * 0.45), (x + s * 0.25, y + s * 0.8), (x + s * 0.7, y + s * 0.05)], fill=ink, width=4)
        elif op.what == "qr":
            img.paste(qr.image(op.text, int(op.w)), (int(op.x), int(op.y)))
    for op in ops:
        if op.what == "seal":
            stamp = seal_image(op.text, font=font)
            layer = Image.new("RGBA", img.size, (255, 255, 255, 255))
            layer.alpha_composite(stamp, (int(op.x - stamp.width / 2), int(op.y - stamp.height / 2)))
            img = ImageChops.multiply(img, layer.convert("RGB"))  # ink: the text stays under the seal
    return img


def text_pdf(ops: list[Ink]) -> bytes:
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    path, index = resolve(PDF_FONT, PDF_FONT)
    pdf.add_font("doc", fname=path, collection_font_number=index)
    pdf.add_page()
    pdf.set_line_width(0.3)
    for op in sorted(ops, key=lambda o: o.what != "fill"):
        if op.what == "fill":
            pdf.set_fill_color(*op.colour)
            pdf.rect(op.x * MM, op.y * MM, op.w * MM, op.h * MM, style="F")
        elif op.what == "rect":
            pdf.set_draw_color(*op.colour)
            pdf.rect(op.x * MM, op.y * MM, op.w * MM, op.h * MM)
        elif op.what == "text":
            pdf.set_font("doc", size=op.size * PT)
            pdf.set_text_color(*op.colour)
            pdf.text(_left(op, pdf.get_string_width(op.text) / MM) * MM, (op.y + op.size * 0.9) * MM, op.text)
        elif op.what == "tick":
            pdf.set_draw_color(20, 20, 20)
            x, y, s = op.x, op.y, op.size
            pdf.polyline([(x * MM, (y + s * 0.45) * MM), ((x + s * 0.25) * MM, (y + s * 0.8) * MM),
                          ((x + s * 0.7) * MM, (y + s * 0.05) * MM)])
        elif op.what == "qr":
            pdf.image(qr.image(op.text, int(op.w) * 2), x=op.x * MM, y=op.y * MM, w=op.w * MM)
        elif op.what == "seal":
            stamp = seal_image(op.text, font=None)
            w = stamp.width * MM
            pdf.image(stamp, x=op.x * MM - w / 2, y=op.y * MM - w / 2, w=w)
    return bytes(pdf.output())
