"""What an attacker does to a genuine signed e-certificate: an incremental update that whites out half
the page and draws another holder over it, an appended page, a one-byte edit, a re-saved copy."""
from __future__ import annotations

import io

from fpdf import FPDF
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader

from portal.certs.fonts import cjk_font


def _overlay() -> bytes:
    path, index = cjk_font()
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.add_font("cjk", fname=path, collection_font_number=index)
    pdf.add_page()
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(10, 60, 190, 140, style="F")
    pdf.set_font("cjk", size=12)
    pdf.set_xy(28, 70)
    pdf.multi_cell(150, 11, "持证人：李四\n身份证号：430102199202023456\n资格名称：经济专业技术资格（高级）")
    return bytes(pdf.output())


def overdraw(pdf: bytes) -> bytes:
    """White-out + overdrawn text on page 1, appended as an incremental update."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    xobject = writer.import_page_as_xobject(PdfFileReader(io.BytesIO(_overlay())))
    stream = writer.add_object(generic.StreamObject(stream_data=b"q /Fake Do Q"))
    writer.add_stream_to_page(0, stream, resources=generic.DictionaryObject(
        {generic.pdf_name("/XObject"): generic.DictionaryObject({generic.pdf_name("/Fake"): xobject})}))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def append_page(pdf: bytes) -> bytes:
    """A second page (the overlay's content) added after signing, as an incremental update."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    xobject = writer.import_page_as_xobject(PdfFileReader(io.BytesIO(_overlay())))
    stream = writer.add_object(generic.StreamObject(stream_data=b"q /Fake Do Q"))
    page = generic.DictionaryObject({
        generic.pdf_name("/Type"): generic.pdf_name("/Page"),
        generic.pdf_name("/MediaBox"): generic.ArrayObject([generic.NumberObject(v) for v in (0, 0, 595, 842)]),
        generic.pdf_name("/Contents"): stream,
        generic.pdf_name("/Resources"): generic.DictionaryObject(
            {generic.pdf_name("/XObject"): generic.DictionaryObject({generic.pdf_name("/Fake"): xobject})})})
    writer.insert_page(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def flip_byte(pdf: bytes, at: int) -> bytes:
    return pdf[:at] + bytes([pdf[at] ^ 0x01]) + pdf[at + 1:]


def resave(pdf: bytes) -> bytes:
    """The whole file rewritten by another PDF library (pdfium), as a viewer's "save as" does."""
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf)
    out = io.BytesIO()
    doc.save(out)
    doc.close()
    return out.getvalue()


def page_count(pdf: bytes) -> int:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()
