"""Draw a generalisation-corpus page: printed text in the page's font, hand-filled values as
irregular pen strokes (each character its own size, tilt and baseline, in blue or black ink), and
red seals stamped over text (ink multiplies, so the text stays under the seal)."""
from __future__ import annotations

import random

from PIL import Image, ImageChops, ImageDraw

from portal.docgen.fonts import pil_font
from portal.docgen.seal import seal_image
from tests.checks.wild_layouts import Ink

HEIGHT = 1754
PAGE_FONTS = ("noto-sans", "noto-serif", "wqy", "noto-serif-bold")
PENS = ((25, 45, 150), (30, 30, 40), (15, 30, 110))


def draw(ops: list[Ink], font: str, rng: random.Random) -> Image.Image:
    img = Image.new("RGB", (1240, HEIGHT), "white")
    pen = ImageDraw.Draw(img)
    ink = rng.choice(PENS)
    for op in ops:
        if op.what == "rect":
            pen.rectangle([op.x, op.y, op.x + op.w, op.y + op.h], outline=(30, 30, 30), width=2)
        elif op.what == "text" and op.hand:
            _hand(img, op, ink, rng)
        elif op.what == "text":
            face = pil_font(font, op.size)
            x = op.x - face.getlength(op.text) / 2 if op.align == "center" else op.x
            pen.text((x, op.y), op.text, font=face, fill=op.colour)
    for op in ops:
        if op.what == "seal":
            stamp = seal_image(op.text, font=font)
            layer = Image.new("RGBA", img.size, (255, 255, 255, 255))
            layer.alpha_composite(stamp, (int(op.x - stamp.width / 2), int(op.y - stamp.height / 2)))
            img = ImageChops.multiply(img, layer.convert("RGB"))
    return img


def _hand(img: Image.Image, op: Ink, ink: tuple, rng: random.Random) -> None:
    """A hand-written value: characters of uneven size and tilt on a wandering baseline."""
    x, slope, stroke = op.x, rng.uniform(-0.02, 0.02), rng.choice((0, 0, 1))
    for ch in op.text:
        size = max(14, int(op.size * rng.uniform(0.92, 1.1)))
        face = pil_font("wqy" if ch.isascii() else rng.choice(("wqy", "noto-sans")), size)
        tile = Image.new("L", (size * 2, size * 2), 0)
        ImageDraw.Draw(tile).text((size // 2, size // 2), ch, font=face, fill=255, stroke_width=stroke)
        tile = tile.rotate(rng.uniform(-7, 7), resample=Image.BICUBIC)
        y = op.y + op.size - size + (x - op.x) * slope + rng.uniform(-2, 2) - size // 2
        img.paste(Image.new("RGB", tile.size, ink), (int(x - size // 2), int(y)), tile)
        x += face.getlength(ch) * rng.uniform(0.97, 1.12)


def stamp_over(ops: list[Ink], issuer: str, bottom: float, rng: random.Random) -> None:
    """A seal of the issuer over the body text (a value row or the last lines), not in a margin."""
    targets = [op for op in ops if op.what == "text" and op.y > 250]
    where = rng.choice(targets[len(targets) // 2:]) if targets else None
    x = where.x + rng.uniform(0, 150) if where else 900
    y = where.y + rng.uniform(-20, 40) if where else min(bottom + 60, HEIGHT - 160)
    ops.append(Ink("seal", min(max(x, 200), 1040), min(max(y, 330), HEIGHT - 160), issuer))
