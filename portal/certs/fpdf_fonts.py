"""TrueType fonts for fpdf2 documents, parsed once per process.

fpdf2's `add_font` parses the whole font for every document (cmap, widths, glyph names) and its output
decompiles it again to subset it, which for a CJK font costs far more than drawing the page. Here the
font is parsed once; each document gets fpdf2's parsed font with its own glyph subset, and a fontTools
font whose tables are copies of the parsed ones: fontTools' subsetter rebinds what it subsets (and the
glyphs it rewrites are copied on first read), so the shared tables stay as parsed."""
from __future__ import annotations

import copy
import threading
from collections import defaultdict

from fontTools import ttLib
from fpdf import FPDF
from fpdf.fonts import SubsetMap, TTFFont

# Tables whose subsetting and compiling were checked to rebind, not mutate, what they share with the
# parsed font (fontTools 4.x); a font with any other table is parsed per document as before.
SHARED_TABLES = frozenset({"OS/2", "cmap", "cvt ", "fpgm", "gasp", "glyf", "head", "hhea", "hmtx", "loca",
                           "maxp", "name", "post", "prep", "vhea", "vmtx", "FFTM"})
# Layout tables fpdf2 drops from every embedded subset: never loaded, never copied.
DROPPED = frozenset({"GDEF", "GPOS", "GSUB"})

_lock = threading.Lock()
_parsed: dict[tuple[str, int], TTFFont | None] = {}


class _CopyOnRead(dict):
    """A document's glyphs: the subsetter rewrites component ids and trims the bytes of the glyphs it
    keeps, so every read hands out a copy and the parsed glyph is never touched."""

    def __getitem__(self, name):
        return copy.copy(dict.__getitem__(self, name))


def _load(path: str, index: int) -> TTFFont | None:
    """fpdf2's parse of the font with every shareable table decompiled, or None when it cannot be shared."""
    key = (path, index)
    with _lock:
        if key not in _parsed:
            probe = FPDF()
            probe.add_font("probe", fname=path, collection_font_number=index)
            font = probe.fonts["probe"]
            tags = set(font.ttfont.keys()) - {"GlyphOrder"} - DROPPED
            shareable = tags <= SHARED_TABLES and font.color_font is None and not font.is_cff \
                and ".notdef" in font.ttfont.getGlyphOrder()  # else fpdf2 patched the font it parsed
            if shareable:
                for tag in tags:
                    font.ttfont[tag]  # noqa: B018 - decompiles the table once
                font.ttfont["cmap"].ensureDecompiled()
            _parsed[key] = font if shareable else None
        return _parsed[key]


def _document_ttfont(parsed: ttLib.TTFont) -> ttLib.TTFont:
    out = ttLib.TTFont(recalcBBoxes=parsed.recalcBBoxes, recalcTimestamp=parsed.recalcTimestamp,
                       lazy=parsed.lazy, sfntVersion=parsed.sfntVersion, flavor=parsed.flavor)
    out.glyphOrder = parsed.getGlyphOrder()
    for tag, table in parsed.tables.items():
        if tag == "GlyphOrder" or tag in DROPPED:
            continue
        clone = copy.copy(table)
        if tag == "cmap":
            clone.tables = [copy.copy(sub) for sub in table.tables]
        elif tag == "glyf":
            clone.glyphs = _CopyOnRead(table.glyphs)
        out.tables[tag] = clone
    return out


def add_font(pdf: FPDF, family: str, path: str, index: int = 0) -> None:
    """Like `pdf.add_font(family, fname=path, collection_font_number=index)` (regular style), without
    parsing the font again."""
    base = _load(str(path), index)
    fontkey = family.lower()
    if base is None or fontkey in pdf.fonts:
        pdf.add_font(family, fname=path, collection_font_number=index)
        return
    font = TTFFont.__new__(TTFFont)
    for slot in TTFFont.__slots__:  # what never changes after parsing is shared
        if hasattr(base, slot):
            setattr(font, slot, getattr(base, slot))
    font.i = len(pdf.fonts) + 1
    font.fontkey = fontkey
    font.ttfont = _document_ttfont(base.ttfont)
    font.cw = defaultdict(base.cw.default_factory, base.cw)  # a lookup of a missing char inserts it
    font.missing_glyphs = []
    font.biggest_size_pt = 0
    font._hbfont = None
    font.subset = SubsetMap(font)
    pdf.fonts[fontkey] = font
