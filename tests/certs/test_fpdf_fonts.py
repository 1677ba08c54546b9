"""A font parsed once per process gives every document exactly the PDF fpdf2's own add_font gives."""
import datetime as dt
import io
import threading

import pdfplumber
import pytest
from fpdf import FPDF, fonts

from portal.certs import fpdf_fonts
from portal.certs.pdf import page_text, render_certificate
from portal.docgen.fonts import FONTS

STAMP = dt.datetime(2026, 11, 24, 9, 30, tzinfo=dt.UTC)
LINES = ("专业技术资格电子证书", "姓名：欧阳明 身份证号 430102199001011234", "呈报单位：湘潭市雨湖区住房和城乡建设局",
         "资格名称：经济专业技术资格（中级） №0001 ※")


def _document(lines, add) -> bytes:
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_creation_date(STAMP)
    add(pdf)
    pdf.add_page()
    pdf.set_font("cjk", size=12)
    for line in lines:
        pdf.multi_cell(0, 9, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _by_fpdf2(path, index):
    return lambda pdf: pdf.add_font("cjk", fname=path, collection_font_number=index)


def _cached(path, index):
    return lambda pdf: fpdf_fonts.add_font(pdf, "cjk", path, index)


@pytest.mark.parametrize("font", ["wqy", "noto-sans"])
def test_documents_made_after_others_are_byte_for_byte_what_fpdf2s_add_font_makes(font):
    path, index = FONTS[font]
    other = ("王李张刘陈杨黄赵吴周伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞", "长沙市人力资源和社会保障局 2026-10-18")
    _document(other, _cached(path, index))  # a first document with other characters warms the cache
    for lines in (LINES, LINES[1:], other):
        assert _document(lines, _cached(path, index)) == _document(lines, _by_fpdf2(path, index))


def test_the_font_is_parsed_once_for_many_certificates(monkeypatch):
    parsed = []
    original = fonts.TTFFont.__init__

    def counting(self, *args, **kwargs):
        parsed.append(args[1])
        original(self, *args, **kwargs)
    monkeypatch.setattr(fonts.TTFFont, "__init__", counting)
    monkeypatch.setattr(fpdf_fonts, "_parsed", {})
    names = ("欧阳明", "司马懿", "诸葛亮", "上官婉儿")
    pdfs = [render_certificate(_fields(n), "c2ln", "k1", "https://rsj.example.gov.cn/verify?no=1") for n in names]
    assert len(parsed) == 1
    for name, pdf in zip(names, pdfs):
        assert name in "".join(page_text(pdf).split())


def test_certificates_rendered_at_once_in_threads_each_read_back_their_own_holder():
    names = ["欧阳明", "司马懿", "诸葛亮", "上官婉儿", "慕容复", "令狐冲"] * 2
    out: dict[int, bytes] = {}

    def work(i):
        out[i] = render_certificate(_fields(names[i]), "c2ln", "k1", "https://rsj.example.gov.cn/verify?no=1")
    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(names))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for i, name in enumerate(names):
        with pdfplumber.open(io.BytesIO(out[i])) as pdf:
            text = "".join((pdf.pages[0].extract_text() or "").split())
        assert f"姓名：{name}" in text and "经济专业技术资格（中级）" in text
        assert not any(other in text for other in set(names) - {name})


def _fields(name: str) -> dict:
    return {"cert_no": "B05262010000000001", "scheme": "hunan", "name": name, "name_printed": name, "gender": "男",
            "id_number": "430102199001011234", "submitting_unit": "长沙市住房和城乡建设局",
            "qualification": "经济专业技术资格（中级）", "level": "中级", "series": "经济", "specialty": "工商管理",
            "issuing_body": "长沙市人力资源和社会保障局", "obtained_on": "2026-10-18", "issued_on": "2026-11-24"}
