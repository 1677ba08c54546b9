"""The QR code printed on 学信网 reports: the online verification address of the report's code."""
from __future__ import annotations

import io

import segno
from PIL import Image

from checks.chsi import VERIFY_URL

SIZE = 190  # pixels on the 150 dpi page


def content(kind: str, spec: dict, data: dict) -> str | None:
    """What the QR of a 学信网 layout that prints a verification code carries (`qr_code` overrides the
    printed code, to make a forgery)."""
    prints = any(row[1] == "verification_code" for row in spec.get("rows", []))
    code = data.get("qr_code") or (data.get("verification_code") if prints else None)
    return VERIFY_URL.format(code=code) if kind.startswith("chsi_") and code else None


def image(text: str, size: int = SIZE) -> Image.Image:
    symbol = segno.make(text, error="m")
    scale = max(1, size // symbol.symbol_size(scale=1, border=2)[0])
    buf = io.BytesIO()
    symbol.save(buf, kind="png", scale=scale, border=2)
    buf.seek(0)
    return Image.open(buf).convert("RGB")
