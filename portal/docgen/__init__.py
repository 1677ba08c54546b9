"""Render sample documents of every kind (design 4.1) from contract field values, as PNG, JPEG or PDF.

`render(kind, fields, layout="lines"|"table", seal=True, fmt="png"|"jpeg"|"pdf"|"pdf-scan", font=None)`.
`kind` is a document kind code or a layout variant listed by `kinds()` (e.g. `chsi_record_legacy`).
"pdf" has a text layer (TrueType WenQuanYi by default; a Noto CJK font gives an undecodable layer),
"pdf-scan" is the page image inside a PDF with no text layer."""
from __future__ import annotations

import io

from PIL import Image

from portal.docgen import pdf as _pdf
from portal.docgen.plan import plan
from portal.docgen.raster import draw
from portal.docgen.values import kinds

__all__ = ["render", "render_image", "kinds"]


def render_image(kind: str, fields: dict, *, layout: str = "lines", seal: bool = True,
                 font: str | None = None) -> Image.Image:
    """The page as a Pillow image (for tests that degrade it further)."""
    return draw(_ops(kind, fields, layout, seal), font)


def render(kind: str, fields: dict, *, layout: str = "lines", seal: bool = True, fmt: str = "png",
           font: str | None = None) -> bytes:
    if fmt == "pdf":
        return _pdf.text_pdf(_ops(kind, fields, layout, seal), font)
    image = render_image(kind, fields, layout=layout, seal=seal, font=font)
    if fmt == "pdf-scan":
        return _pdf.image_pdf([image])
    if fmt not in ("png", "jpeg"):
        raise ValueError(f"unknown format {fmt!r}")
    buf = io.BytesIO()
    image.save(buf, format="PNG" if fmt == "png" else "JPEG", quality=90)
    return buf.getvalue()


def _ops(kind: str, fields: dict, layout: str, seal: bool):
    if kind not in kinds():
        raise ValueError(f"unknown document kind {kind!r}")
    if layout not in ("lines", "table"):
        raise ValueError(f"unknown layout {layout!r}")
    ops = plan(kind, fields, layout)
    return ops if seal else [op for op in ops if op.what != "seal"]
