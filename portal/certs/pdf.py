"""E-certificate PDF: the certificate fields (holder, ID number, qualification, level, grade, issuing unit, dates), a QR code to the verification page, and the signed
payload embedded as the attachment `certificate.json` so an uploaded copy can be checked."""
from __future__ import annotations

import io
import json

import segno
from fpdf import FPDF

from portal.certs import fpdf_fonts
from portal.certs.fonts import RARE_MARK, RARE_NOTE, cjk_font

PAYLOAD_NAME = "certificate.json"
LABELS = (("name_printed", "姓　　名"), ("gender", "性　　别"), ("id_number", "身份证号"),
          ("submitting_unit", "呈报单位"), ("qualification", "资格名称"), ("level", "资格级别"),
          ("series", "系　　列"), ("specialty", "专　　业"), ("issuing_body", "评审（发证）机构"),
          ("obtained_on", "取得资格时间"), ("issued_on", "发证日期"))


def render_certificate(fields: dict, signature: str, key_id: str, verify_url: str) -> bytes:
    path, index = cjk_font()
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_title(f"专业技术资格电子证书 {fields['cert_no']}")
    pdf.set_creator("考后人工核查 portal")
    fpdf_fonts.add_font(pdf, "cjk", path, index)
    pdf.add_page()
    pdf.set_draw_color(160, 30, 30)
    pdf.rect(10, 10, 190, 277)
    pdf.set_font("cjk", size=22)
    pdf.set_y(28)
    pdf.cell(0, 12, "专业技术资格电子证书", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", size=11)
    pdf.cell(0, 8, f"证书编号：{fields['cert_no']}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    for key, label in LABELS:
        pdf.set_x(28)
        pdf.set_font("cjk", size=12)
        pdf.cell(45, 11, f"{label}：")
        pdf.multi_cell(120, 11, str(fields.get(key) or "—"), new_x="LMARGIN", new_y="NEXT")
    if RARE_MARK in str(fields.get("name_printed", "")):
        pdf.set_font("cjk", size=9)
        pdf.set_x(28)
        pdf.multi_cell(150, 6, RARE_NOTE, new_x="LMARGIN", new_y="NEXT")
    qr = io.BytesIO()
    segno.make(verify_url, error="m").save(qr, kind="png", scale=4, border=2)
    pdf.image(qr, x=150, y=222, w=40)
    pdf.set_font("cjk", size=8)
    pdf.set_xy(20, 230)
    pdf.multi_cell(125, 5, f"扫描二维码或登录查验页面，输入证书编号、持证人身份证号和预留手机号码查验。\n"
                           f"本证书数据经电子签名（Ed25519，密钥 {key_id}），文件带发证机构的PDF数字签名，可用PDF阅读器核验，任何改动均可被检测；"
                           f"电子证书为唯一有效形式，任何再转换版本无效。\n查验地址：{verify_url}")
    payload = {"version": 1, "fields": fields, "signature": signature, "key_id": key_id}
    pdf.embed_file(bytes=json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8"),
                   basename=PAYLOAD_NAME, mime_type="application/json")
    return bytes(pdf.output())


def read_payload(pdf_bytes: bytes) -> dict | None:
    """The embedded signed payload of an e-certificate PDF, or None when absent or unreadable."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(pdf_bytes)
    except pdfium.PdfiumError:
        return None
    try:
        for i in range(doc.count_attachments()):
            att = doc.get_attachment(i)
            if att.get_name() == PAYLOAD_NAME:
                return json.loads(bytes(att.get_data()).decode("utf-8"))
    except (ValueError, pdfium.PdfiumError, UnicodeDecodeError):
        return None
    finally:
        doc.close()
    return None


def page_text(pdf_bytes: bytes) -> str:
    """The visible text of every page (to check that what is printed is what was signed)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()
