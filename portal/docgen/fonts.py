"""System CJK fonts used to render documents (paths, collection index, whether a PDF text layer decodes)."""
from __future__ import annotations

from functools import lru_cache

from PIL import ImageFont

# name -> (path, index in the collection). Noto CJK collections hold JP, KR, SC, TC, HK in that order.
FONTS = {
    "wqy": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "noto-sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "noto-serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "noto-sans-bold": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "noto-serif-bold": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
}
DEFAULT_RASTER = "noto-sans"
DEFAULT_PDF = "wqy"


def resolve(font: str | None, default: str) -> tuple[str, int]:
    """(path, index) for a font name from FONTS or a file path."""
    name = font or default
    if name in FONTS:
        return FONTS[name]
    return name, 0


@lru_cache(maxsize=64)
def pil_font(font: str | None, size: int) -> ImageFont.FreeTypeFont:
    path, index = resolve(font, DEFAULT_RASTER)
    return ImageFont.truetype(path, size=size, index=index)
