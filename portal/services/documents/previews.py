"""Page previews of uploaded files: a PDF's pages rendered with pypdfium2, an image as PNG."""
from __future__ import annotations

import functools
import io

import pypdfium2
from PIL import Image

from portal.services.documents import uploads
from portal.services.people.auth import Principal

PREVIEW_WIDTH = 1400


def pages(db, principal: Principal, upload_id: str, *, limit: int = 1) -> list[bytes]:
    """PNG previews of the first `limit` pages (an image file is one page). The caller's right to
    the file is checked on every call; the rendering is cached (uploads never change)."""
    found = uploads.get_upload(db, principal, upload_id)
    return list(_render(found["id"], found["type"], limit, found["data"]))


@functools.lru_cache(maxsize=64)
def _render(upload_id: str, kind: str, limit: int, data: bytes) -> tuple[bytes, ...]:
    if kind == "pdf":
        pdf = pypdfium2.PdfDocument(data)
        try:
            images = []
            for i in range(min(limit, len(pdf))):
                page = pdf[i]
                scale = min(2.0, PREVIEW_WIDTH / max(page.get_width(), 1))
                images.append(page.render(scale=scale).to_pil())
                page.close()
        finally:
            pdf.close()
    else:
        with Image.open(io.BytesIO(data)) as img:
            images = [img.convert("RGB")]
    out = []
    for img in images:
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        out.append(buf.getvalue())
    return tuple(out)
