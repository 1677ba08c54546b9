"""Printable PDF of a pass list: A4 landscape, CJK font, header repeated on every page."""
from __future__ import annotations

from collections.abc import Iterable

from fpdf import FPDF

from portal.certs import fpdf_fonts
from portal.certs.fonts import cjk_font

ROWS_PER_PAGE = 38
LINE = 4.6


def _widths(header: list[str]) -> list[float]:
    weights = [2.2 if ("身份证" in h or "单位" in h or "考试" in h) else (0.7 if h == "序号" else 1.0)
               for h in header]
    scale = 277 / sum(weights)
    return [w * scale for w in weights]


class _Codes(dict):
    """Each character's PDF string code in the current font, looked up once (for `str.translate`)."""

    def __init__(self, pdf: FPDF):
        super().__init__()
        self.pdf = pdf

    def __missing__(self, code: int) -> str:
        found = self[code] = self.pdf.current_font.encode_text(chr(code))[1:-4]  # "(…) Tj" -> "…"
        return found


def _fast_rows(pdf: FPDF, xs: list[float]):
    """(write, flush): one text object per row, encoded a character at a time through a cached table
    and added to the page once per page, several times faster than a `text()` call per cell for
    100,000-row lists. Needs fpdf2's `_out` (present through 2.8); without it, `text()` per cell."""
    out = getattr(pdf, "_out", None)
    if out is None:  # pragma: no cover - other fpdf2 versions
        return (lambda y, row: [pdf.text(x, y, str(v)[:40]) for x, v in zip(xs, row)]), (lambda: None)
    codes, pending = _Codes(pdf), []
    # CJK glyphs at 8 pt are about 2.9 mm wide: cut each cell to its column so none overprints the next
    room = [max(int((b - a) / 2.9), 4) for a, b in zip(xs, xs[1:] + [287.0])]
    k = pdf.k
    moves = [f") Tj {(b - a) * k:.2f} 0 Td (" for a, b in zip(xs, xs[1:])]
    start = f"BT {xs[0] * k:.2f} "

    def write(y: float, row) -> None:
        cells = [(text if len(text) <= width else text[:width - 1] + "…").translate(codes)
                 for text, width in zip(map(str, row), room)]
        if cells:
            moved = "".join(cell + move for cell, move in zip(cells[:-1], moves))
            pending.append(f"{start}{(pdf.h - y) * k:.2f} Td ({moved}{cells[-1]}) Tj ET")

    def flush() -> None:
        if pending:
            out("\n".join(pending))
            pending.clear()
    return write, flush


def write_pdf(title: str, header: Iterable[str], rows: Iterable[tuple], *, notes: Iterable[str] = ()) -> bytes:
    path, index = cjk_font()
    header = list(header)
    xs, x = [], 10.0
    for w in _widths(header):
        xs.append(x)
        x += w
    pdf = FPDF(orientation="L", unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    fpdf_fonts.add_font(pdf, "cjk", path, index)
    notes = list(notes)
    page_rows, y = ROWS_PER_PAGE, 0.0

    def new_page():
        nonlocal y
        flush()
        pdf.add_page()
        pdf.set_font("cjk", size=12)
        pdf.text(10, 12, title)
        pdf.set_font("cjk", size=8)
        pdf.text(250, 12, f"第 {pdf.page_no()} 页")
        y = 17.0
        for note in notes:
            pdf.text(10, y, note)
            y += LINE
        for cx, label in zip(xs, header):
            pdf.text(cx, y + 2, label)
        pdf.line(10, y + 3.2, 287, y + 3.2)
        y += 2 + LINE + 1

    row_out, flush = _fast_rows(pdf, xs)
    for row in rows:
        if page_rows >= ROWS_PER_PAGE:
            new_page()
            page_rows = 0
        row_out(y, row)
        y += LINE
        page_rows += 1
    if page_rows >= ROWS_PER_PAGE:  # empty list: still one page saying so
        new_page()
        pdf.text(10, y, "（名单为空）")
    flush()
    return bytes(pdf.output())
