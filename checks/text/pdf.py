"""PDF backend: pdfplumber text layer per page; a page without a usable layer is rendered and OCR'd."""
from __future__ import annotations

import re
from pathlib import Path

from checks import normalize
from checks.pages import is_blank, render_pdf_page
from checks.text import Reading, Unreadable, ocr_page

MIN_CJK = 8  # a document page of ours always carries more Chinese than this
# A space next to Chinese separates cells (label | value) unless it sits beside a lone character,
# which is letter-spacing inside a label ("姓 名") or a one-character value ("性别 女"): those spaces
# are dropped by normalisation. Spaces between Latin letters or digits stay (grouped codes, names).
_GAP = re.compile(r"(?<=\S)[ \u3000]+(?=\S)")
_HAN = re.compile(rf"[{normalize.CJK}]")


def _lone(text: str, at: int, step: int) -> bool:
    """The character at `at` is Chinese and stands alone (a space or the line's end beyond it)."""
    beyond = at + step
    return bool(_HAN.match(text[at])) and (beyond < 0 or beyond >= len(text) or text[beyond].isspace())


def cells(line: str) -> str:
    """The text-layer line with the gaps between cells as tabs, so labels keep their boundaries."""
    def gap(m: re.Match) -> str:
        left, right = m.start() - 1, m.end()
        han = _HAN.match(line[left]) or _HAN.match(line[right])
        return "\t" if han and not (_lone(line, left, -1) or _lone(line, right, 1)) else m.group(0)
    return _GAP.sub(gap, line)


def usable(text: str) -> bool:
    """A text layer counts only if it decodes: no (cid:N) glyph ids, no U+FFFD, enough CJK characters."""
    return "(cid:" not in text and "\ufffd" not in text and normalize.cjk_count(text) >= MIN_CJK


def read(path: Path, engine: str | None) -> Reading:
    import pdfplumber
    import pypdfium2

    try:
        doc = pdfplumber.open(path)
        texts = [page.extract_text() or "" for page in doc.pages]
        doc.close()
    except Exception as exc:  # pdfminer raises many unrelated types for broken or encrypted files
        raise Unreadable(f"PDF 文件已损坏或已加密，无法读取：{type(exc).__name__}") from exc
    reading = Reading(source="pdf-text", pages=len(texts))
    rendered = None
    for i, raw in enumerate(texts):
        if usable(raw):
            reading.lines.extend((normalize.text(cells(line)), 1.0) for line in raw.splitlines() if line.strip())
            continue
        rendered = rendered or pypdfium2.PdfDocument(str(path))
        reading.source = "ocr"
        image = render_pdf_page(rendered, i)
        if is_blank(image):  # a blank page costs a render, not a second of OCR
            reading.findings.append({"code": "blank_page", "severity": "info", "field": None,
                                     "message": f"第 {i + 1} 页为空白页"})
            continue
        reading.findings.append({"code": "no_text_layer", "severity": "info", "field": None,
                                 "message": f"第 {i + 1} 页没有可用的文字层，已用 OCR 识别"})
        reading.lines.extend(ocr_page.lines(image, engine))
    if rendered is not None:
        rendered.close()
    return reading
