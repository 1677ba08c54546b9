"""Hostile files, generated small on disk: a TIFF of many huge frames, a PDF with one enormous page
box, a PDF of many blank pages."""
from __future__ import annotations

import io

from PIL import Image


def huge_tiff(frames: int = 50, size=(7000, 8000)) -> bytes:
    """`frames` bilevel frames of `size`, Group 4 compressed: a few kilobytes per frame on disk,
    gigapixels once decoded."""
    page = Image.new("1", size, 1)
    buf = io.BytesIO()
    page.save(buf, "TIFF", compression="group4", save_all=True, append_images=[page] * (frames - 1))
    return buf.getvalue()


def pdf(pages: int = 1, box=(595, 842)) -> bytes:
    """A valid PDF of `pages` empty pages whose media box is `box` points."""
    w, h = box
    kids = " ".join(f"{3 + i} 0 R" for i in range(pages))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode()]
    objs += [f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w} {h}] >>".encode() for _ in range(pages)]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for n, o in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def giant_page_pdf() -> bytes:
    return pdf(1, (14400, 14400))


def blank_pages_pdf(pages: int = 50) -> bytes:
    return pdf(pages)
