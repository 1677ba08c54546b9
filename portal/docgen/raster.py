"""Draw a planned page with Pillow."""
from __future__ import annotations

from PIL import Image, ImageChops, ImageDraw

from portal.docgen import qr
from portal.docgen.fonts import pil_font
from portal.docgen.plan import HEIGHT, WIDTH, Op
from portal.docgen.seal import seal_image


def draw(ops: list[Op], font: str | None) -> Image.Image:
    img = Image.new("RGB", (WIDTH, HEIGHT), "white")
    pen = ImageDraw.Draw(img)
    for op in ops:
        if op.what == "rect":
            pen.rectangle([op.x, op.y, op.x + op.w, op.y + op.h], outline="black", width=2)
        elif op.what == "text":
            face = pil_font(font, op.size)
            width = pen.textlength(op.text, font=face)
            x = op.x - width / 2 if op.align == "center" else op.x
            pen.text((x, op.y), op.text, font=face, fill=(20, 20, 20))
        elif op.what == "qr":
            img.paste(qr.image(op.text, int(op.w)), (int(op.x), int(op.y)))
    for op in ops:
        if op.what == "seal":
            stamp = seal_image(op.text, font=font)
            layer = Image.new("RGBA", img.size, (255, 255, 255, 255))
            layer.alpha_composite(stamp, (int(op.x - stamp.width / 2), int(op.y - stamp.height / 2)))
            # ink, not paint: the seal darkens what is under it, so text stays readable through it
            img = ImageChops.multiply(img, layer.convert("RGB"))
    return img
