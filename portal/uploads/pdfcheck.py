"""PDF checks: opens, not encrypted, page count, page sizes (from the page boxes, nothing rendered), and no active content anywhere in the object graph.

Names are looked for both in the raw bytes (with #xx escapes decoded) and in every object pdfminer
resolves, object streams included, so compressing or escaping a name does not hide it. A plain
/OpenAction that only shows a page (a destination array or a /GoTo action) is harmless."""
from __future__ import annotations

import io
import re

ACTIVE_KEYS = {"JavaScript": "脚本程序", "JS": "脚本程序", "Launch": "启动外部程序的动作",
               "EmbeddedFile": "嵌入文件", "EmbeddedFiles": "嵌入文件", "RichMedia": "富媒体（动画/视频）",
               "XFA": "动态表单"}
ACTIVE_ACTIONS = {"JavaScript", "Launch", "RichMediaExecute", "ImportData", "SubmitForm"}
_NAME = re.compile(rb"/((?:[A-Za-z0-9_.\-]|#[0-9A-Fa-f]{2})+)")
MAX_OBJECTS = 200_000


class PdfProblem(Exception):
    pass


def _decode(raw: bytes) -> str:
    return re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), raw).decode("latin-1")


def raw_active(data: bytes) -> str | None:
    for m in _NAME.finditer(data):
        name = _decode(m.group(1))
        if name in ACTIVE_KEYS:
            return ACTIVE_KEYS[name]
    return None


def _walk_active(doc) -> str | None:
    from pdfminer.pdftypes import PDFStream
    from pdfminer.psparser import PSLiteral

    seen = 0
    for xref in doc.xrefs:
        for objid in xref.get_objids():
            seen += 1
            if seen > MAX_OBJECTS:
                raise PdfProblem("PDF 结构过于复杂（对象过多），无法安全检查")
            try:
                obj = doc.getobj(objid)
            except Exception:
                continue
            attrs = obj.attrs if isinstance(obj, PDFStream) else obj
            if isinstance(obj, PDFStream) and _is(attrs.get("Type"), "ObjStm"):
                found = _objstm_active(obj)
                if found:
                    return found
            if not isinstance(attrs, dict):
                continue
            for key in attrs:
                if key in ACTIVE_KEYS:
                    return ACTIVE_KEYS[key]
            action = attrs.get("S")
            if isinstance(action, PSLiteral) and action.name in ACTIVE_ACTIONS:
                return f"{action.name} 动作"
    return None


def _is(value, name: str) -> bool:
    return getattr(value, "name", None) == name


def _objstm_active(stream) -> str | None:
    """Names inside a compressed object stream, whether or not the xref points at its objects."""
    try:
        return raw_active(stream.get_data())
    except Exception:
        raise PdfProblem("PDF 文件已损坏：压缩对象流无法解码") from None


def _page_sizes_problem(pdf, max_points: float) -> str | None:
    """Why a page is too large, from its box alone (nothing is rendered)."""
    for i in range(len(pdf)):
        w, h = pdf.get_page_size(i)
        if max(w, h) > max_points:
            return (f"PDF 第 {i + 1} 页尺寸过大：{w:.0f}×{h:.0f} 点（约 {w / 72 * 2.54:.0f}×{h / 72 * 2.54:.0f} 厘米），"
                    f"边长上限为 {max_points:.0f} 点")
        if min(w, h) <= 0:
            return f"PDF 第 {i + 1} 页尺寸为零"
    return None


def check(data: bytes, max_pages: int, max_page_points: float | None = None) -> int:
    """The page count of an acceptable PDF; raises PdfProblem with a Chinese reason otherwise."""
    import pypdfium2
    from pdfminer.pdfdocument import PDFDocument, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFParser

    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise PdfProblem("PDF 文件已加密（设有密码），请上传未加密的文件") from exc
        raise PdfProblem("PDF 文件已损坏，无法打开") from exc
    try:
        pages = len(pdf)
        too_big = _page_sizes_problem(pdf, max_page_points) if max_page_points and pages <= max_pages else None
    finally:
        pdf.close()
    if pages == 0:
        raise PdfProblem("PDF 文件没有任何页面")
    if pages > max_pages:
        raise PdfProblem(f"PDF 页数过多：{pages} 页，上限为 {max_pages} 页")
    if too_big:
        raise PdfProblem(too_big)
    try:
        doc = PDFDocument(PDFParser(io.BytesIO(data)))
    except PDFPasswordIncorrect as exc:
        raise PdfProblem("PDF 文件已加密（设有密码），请上传未加密的文件") from exc
    except Exception as exc:
        raise PdfProblem("PDF 文件已损坏，无法解析其结构") from exc
    if getattr(doc, "encryption", None):
        raise PdfProblem("PDF 文件已加密（设有权限密码），请上传未加密的文件")
    found = raw_active(data) or _walk_active(doc)
    if found:
        raise PdfProblem(f"PDF 含有可执行或嵌入内容（{found}），出于安全原因不予接收")
    return pages
