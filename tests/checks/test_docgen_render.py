"""portal.docgen renders every document kind as PNG and PDF from contract field values."""
import io

import numpy as np
import pdfplumber
import pytest
from PIL import Image

from portal.docgen import kinds, render

FIELDS = {
    "name": "李秀英", "gender": "女", "id_number": "430104198803152447", "birth_date": "1988-03-15",
    "school": "长沙理工大学", "major": "工程管理", "education_level": "bachelor",
    "enrollment_date": "2006-09-01", "graduation_date": "2010-06-30",
    "certificate_no": "105361201005002345", "verification_code": "A630GCH8P91HGAL6",
    "update_date": "2024-03-01", "employer": "湖南路桥建设集团有限公司", "work_start": "2010-07-15",
    "phone": "13973112345", "exam": "cost_engineer_1", "report_no": "2024123456",
    "class_type": "senior_worker",
}


def _red_fraction(png: bytes) -> float:
    a = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)
    return float(((a[..., 0] > 150) & (a[..., 1] < 110) & (a[..., 2] < 110)).mean())


@pytest.mark.parametrize("kind", kinds())
def test_every_kind_renders_as_a_png_page_in_both_layouts(kind):
    for layout in ("lines", "table"):
        img = Image.open(io.BytesIO(render(kind, FIELDS, layout=layout)))
        assert img.size == (1240, 1754)


def test_a_text_layer_pdf_shows_the_printed_values_in_chinese_form():
    data = render("chsi_record", FIELDS, fmt="pdf")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = pdf.pages[0].extract_text()
    assert "教育部学历证书电子注册备案表" in text
    assert "2010年06月30日" in text and "本科" in text and "A630GCH8P91HGAL6" in text


def test_a_noto_cjk_pdf_has_no_decodable_text_layer_and_a_scan_pdf_none_at_all():
    for data in (render("work_proof", FIELDS, fmt="pdf", font="noto-sans"),
                 render("work_proof", FIELDS, fmt="pdf-scan")):
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            assert "工作年限证明" not in (pdf.pages[0].extract_text() or "")


def test_the_seal_is_drawn_only_when_asked():
    assert _red_fraction(render("application_form", FIELDS, seal=True)) > 0.002
    assert _red_fraction(render("application_form", FIELDS, seal=False)) < 0.0005


def test_an_unknown_kind_is_refused():
    with pytest.raises(ValueError):
        render("passport", FIELDS)
