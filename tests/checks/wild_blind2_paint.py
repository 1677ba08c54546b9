"""Draw a page of the second held-out families (`wild_blind2`) as an image or as a text-layer PDF of
its own size (a phone screenshot is narrow and tall). Operations (`Mark`): text (printed, or pen
fill: another font, each character jittered and tilted, the line slightly rotated, in ink), filled
and outlined boxes with rounded corners, lines (underlined blanks), dots (dotted leaders are text),
the issuer's seal multiplied over the text, and the 学信网 QR code."""
from __future__ import annotations

import random
from dataclasses import dataclass

from fpdf import FPDF
from PIL import Image, ImageChops, ImageDraw

from portal.certs import fpdf_fonts
from portal.docgen import qr
from portal.docgen.fonts import pil_font, resolve
from portal.docgen.pdf import MM, PT
from portal.docgen.seal import seal_image

PDF_FONT = "wqy"  # a TrueType font: the text layer decodes
PENS = ((22, 48, 160), (18, 36, 120), (35, 35, 45))


@dataclass
class Mark:
    what: str  # "text" | "fill" | "rect" | "line" | "dot" | "seal" | "qr"
    x: float
    y: float
    text: str = ""
    size: int = 30
    w: float = 0
    h: float = 0
    align: str = "left"
    colour: tuple = (20, 20, 20)
    radius: int = 0
    hand: bool = False


def width(text: str, size: int) -> float:
    return pil_font(PDF_FONT, size).getlength(text)


def _left(m: Mark, length: float) -> float:
    return m.x - length / 2 if m.align == "center" else m.x - length if m.align == "right" else m.x


def draw(marks: list[Mark], size: tuple[int, int], font: str, rng: random.Random) -> Image.Image:
    img = Image.new("RGB", size, "white")
    pen = ImageDraw.Draw(img)
    ink = rng.choice(PENS)
    for m in marks:
        box = [m.x, m.y, m.x + m.w, m.y + m.h]
        if m.what == "fill":
            pen.rounded_rectangle(box, radius=m.radius, fill=m.colour)
        elif m.what == "rect":
            pen.rounded_rectangle(box, radius=m.radius, outline=m.colour, width=2)
        elif m.what == "line":
            pen.line([(m.x, m.y), (m.x + m.w, m.y + m.h)], fill=m.colour, width=2)
        elif m.what == "dot":
            pen.ellipse([m.x - m.w, m.y - m.w, m.x + m.w, m.y + m.w], fill=m.colour)
        elif m.what == "text" and m.hand:
            _pen(img, m, ink, rng)
        elif m.what == "text":
            face = pil_font(font, m.size)
            pen.text((_left(m, face.getlength(m.text)), m.y), m.text, font=face, fill=m.colour)
        elif m.what == "qr":
            img.paste(qr.image(m.text, int(m.w)), (int(m.x), int(m.y)))
    for m in marks:
        if m.what == "seal":
            stamp = seal_image(m.text, font=font).rotate(rng.uniform(-12, 12), resample=Image.BICUBIC)
            layer = Image.new("RGBA", img.size, (255, 255, 255, 255))
            layer.alpha_composite(stamp, (int(m.x - stamp.width / 2), int(m.y - stamp.height / 2)))
            img = ImageChops.multiply(img, layer.convert("RGB"))  # ink: the text stays under the seal
    return img


def _pen(img: Image.Image, m: Mark, ink: tuple, rng: random.Random) -> None:
    """A value written by pen: uneven characters on a line rotated by a degree or two, in ink."""
    tile_w, tile_h = int(width(m.text, m.size) * 1.25 + m.size * 2), m.size * 3
    tile = Image.new("L", (tile_w, tile_h), 0)
    draw = ImageDraw.Draw(tile)
    x, stroke = m.size * 0.5, rng.choice((0, 1, 1))
    for ch in m.text:
        size = max(14, int(m.size * rng.uniform(0.9, 1.12)))
        face = pil_font(rng.choice(("wqy", "noto-sans", "noto-serif-bold")) if not ch.isascii() else "wqy", size)
        draw.text((x, m.size + rng.uniform(-3, 3) + m.size - size), ch, font=face, fill=255, stroke_width=stroke)
        x += face.getlength(ch) * rng.uniform(0.98, 1.14)
    tile = tile.rotate(rng.uniform(-2.0, 2.0), resample=Image.BICUBIC, center=(m.size * 0.5, m.size * 1.5))
    left = _left(m, x - m.size * 0.5) - m.size * 0.5
    img.paste(Image.new("RGB", tile.size, ink), (int(left + rng.uniform(-4, 4)), int(m.y - m.size + rng.uniform(-4, 3))), tile)


def text_pdf(marks: list[Mark], size: tuple[int, int]) -> bytes:
    """The page as a PDF with a text layer (pen fills are blue text, as a form filled on screen)."""
    pdf = FPDF(unit="mm", format=(size[0] * MM, size[1] * MM))
    pdf.set_auto_page_break(False)
    path, index = resolve(PDF_FONT, PDF_FONT)
    fpdf_fonts.add_font(pdf, "doc", path, index)
    pdf.add_page()
    pdf.set_line_width(0.3)
    for m in marks:
        if m.what in ("fill", "rect"):
            getattr(pdf, "set_fill_color" if m.what == "fill" else "set_draw_color")(*m.colour)
            pdf.rect(m.x * MM, m.y * MM, m.w * MM, m.h * MM, style="F" if m.what == "fill" else "D",
                     round_corners=bool(m.radius), corner_radius=min(m.radius, m.w / 2 - 1, m.h / 2 - 1) * MM)
        elif m.what == "line":
            pdf.set_draw_color(*m.colour)
            pdf.line(m.x * MM, m.y * MM, (m.x + m.w) * MM, (m.y + m.h) * MM)
        elif m.what == "dot":
            pdf.set_fill_color(*m.colour)
            pdf.circle(m.x * MM, m.y * MM, m.w * MM, style="F")  # fpdf2 2.8: centre and radius
        elif m.what == "text":
            pdf.set_font("doc", size=m.size * PT)
            pdf.set_text_color(*(PENS[0] if m.hand else m.colour))
            pdf.text(_left(m, pdf.get_string_width(m.text) / MM) * MM, (m.y + m.size * 0.9) * MM, m.text)
        elif m.what == "qr":
            pdf.image(qr.image(m.text, int(m.w) * 2), x=m.x * MM, y=m.y * MM, w=m.w * MM)
        elif m.what == "seal":
            stamp = seal_image(m.text, font=None)
            w = stamp.width * MM
            pdf.image(stamp, x=m.x * MM - w / 2, y=m.y * MM - w / 2, w=w)
    return bytes(pdf.output())
