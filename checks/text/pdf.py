"""PDF backend: pdfplumber text layer per page (lines rebuilt from character positions); a page without a usable layer is rendered and OCR'd."""
from __future__ import annotations

from pathlib import Path

from checks import normalize
from checks.pages import is_blank, render_pdf_page
from checks.text import Reading, Unreadable, ocr_page
from checks.text.pdflines import page_lines

MIN_CJK = 8  # a document page of ours always carries more Chinese than this


def usable(text: str) -> bool:
    """A text layer counts only if it decodes: no (cid:N) glyph ids, no U+FFFD, enough CJK characters."""
    return "(cid:" not in text and "\ufffd" not in text and normalize.cjk_count(text) >= MIN_CJK


def read(path: Path, engine: str | None) -> Reading:
    import pdfplumber
    import pypdfium2

    try:
        doc = pdfplumber.open(path)
        texts = [page_lines(page) for page in doc.pages]
        doc.close()
    except Exception as exc:  # pdfminer raises many unrelated types for broken or encrypted files
        raise Unreadable(f"PDF 文件已损坏或已加密，无法读取：{type(exc).__name__}") from exc
    reading = Reading(source="pdf-text", pages=len(texts))
    rendered = None
    for i, lines in enumerate(texts):
        if usable("\n".join(lines)):
            reading.lines.extend((normalize.text(line), 1.0) for line in lines if line.strip())
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
