"""A red round seal (ring, star, text along the upper arc) as an RGBA image."""
from __future__ import annotations

import math

from PIL import Image, ImageDraw

from portal.docgen.fonts import pil_font

RED = (214, 32, 38)


def seal_image(text: str, *, radius: int = 130, font: str | None = None) -> Image.Image:
    size = radius * 2 + 8
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    c = size / 2
    draw.ellipse([4, 4, size - 4, size - 4], outline=RED + (235,), width=max(5, radius // 18))
    _star(draw, c, c, radius * 0.28)
    chars = list(text)[:20] or ["章"]
    glyph = pil_font(font, max(18, int(radius * 0.26)))
    span = min(250.0, 18.0 * len(chars))  # degrees of arc the text covers
    for i, ch in enumerate(chars):
        angle = -90 - span / 2 + span * (i + 0.5) / len(chars)
        rad = math.radians(angle)
        r = radius * 0.72
        tile = Image.new("RGBA", (glyph.size + 8, glyph.size + 8), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((4, 0), ch, font=glyph, fill=RED + (235,))
        tile = tile.rotate(-(angle + 90), resample=Image.BICUBIC, expand=True)
        x = c + r * math.cos(rad) - tile.width / 2
        y = c + r * math.sin(rad) - tile.height / 2
        img.alpha_composite(tile, (int(x), int(y)))
    return img


def _star(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float) -> None:
    pts = []
    for i in range(10):
        rr = r if i % 2 == 0 else r * 0.4
        a = math.radians(-90 + 36 * i)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    draw.polygon(pts, fill=RED + (235,))
