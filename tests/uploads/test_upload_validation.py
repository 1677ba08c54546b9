"""Upload validation refuses every kind of bad input with a Chinese reason and accepts real documents."""
import io
import random

import pytest
from PIL import Image

from portal.docgen import render
from portal.uploads import Limits, Rejected, validate
from tests.uploads import pdf_builder as pdfs

FIELDS = {"name": "周敏", "gender": "女", "id_number": "430103199205063526", "employer": "长沙银行股份有限公司",
          "work_start": "2014-07-01", "phone": "13974851234"}


def _png(size=(40, 30), mode="RGB") -> bytes:
    buf = io.BytesIO()
    Image.new(mode, size, "white").save(buf, "PNG")
    return buf.getvalue()


def _rejected(name, data, limits=None) -> str:
    with pytest.raises(Rejected) as info:
        validate(name, data, limits)
    return info.value.message


def test_real_documents_are_accepted_with_the_type_read_from_their_bytes():
    assert validate("报名表.png", render("application_form", FIELDS)).type == "png"
    assert validate("工作证明.JPG", render("work_proof", FIELDS, fmt="jpeg")).type == "jpeg"
    pdf = validate("备案表.pdf", render("chsi_record", FIELDS, fmt="pdf"))
    assert (pdf.type, pdf.pages) == ("pdf", 1)


def test_an_empty_file_is_refused():
    assert "为空" in _rejected("a.pdf", b"")


@pytest.mark.parametrize("name, data", [("a.pdf", b"hello, this is text"), ("a.pdf", b"PK\x03\x04zipfile"),
                                        ("a.gif", b"GIF89a" + b"\x00" * 20)])
def test_a_file_of_an_unsupported_type_is_refused(name, data):
    assert "不支持的文件类型" in _rejected(name, data)


@pytest.mark.parametrize("name", ["scan.pdf", "scan", "scan.jpg.exe", "scan.jpeg"])
def test_an_extension_that_disagrees_with_the_bytes_is_refused(name):
    assert "扩展名与内容不符" in _rejected(name, _png())


def test_a_pdf_named_as_an_image_is_refused():
    assert "扩展名与内容不符" in _rejected("photo.png", pdfs.build())


def test_a_file_over_the_size_limit_is_refused():
    data = render("work_proof", FIELDS)
    assert "文件过大" in _rejected("a.png", data, Limits(max_bytes=len(data) - 1))
    assert validate("a.png", data, Limits(max_bytes=len(data))).size == len(data)


def test_the_default_limits_are_20_mb_50_pages_60_megapixels(monkeypatch):
    assert Limits() == Limits(20 * 1024 * 1024, 50, 60_000_000)
    monkeypatch.setenv("PORTAL_UPLOAD_MAX_MB", "5")
    assert Limits.from_env().max_bytes == 5 * 1024 * 1024


def test_a_pdf_with_too_many_pages_is_refused():
    data = render("work_proof", FIELDS, fmt="pdf")
    assert validate("a.pdf", data, Limits(max_pages=1)).pages == 1
    three = _three_pages()
    assert "页数过多" in _rejected("a.pdf", three, Limits(max_pages=2))


def _three_pages() -> bytes:
    from fpdf import FPDF
    pdf = FPDF()
    for _ in range(3):
        pdf.add_page()
    return bytes(pdf.output())


def test_a_decompression_bomb_is_refused_before_it_is_decoded():
    buf = io.BytesIO()
    Image.new("1", (10_000, 8_000)).save(buf, "PNG")  # 80 megapixels in a few kilobytes
    assert len(buf.getvalue()) < 100_000
    assert "像素过多" in _rejected("bomb.png", buf.getvalue())


def test_an_image_over_the_pixel_limit_is_refused():
    assert "像素过多" in _rejected("a.png", _png((400, 300)), Limits(max_pixels=100_000))


def test_a_truncated_image_is_refused_as_corrupt():
    data = render("work_proof", FIELDS)
    assert "已损坏" in _rejected("a.png", data[: len(data) // 2])


def test_a_corrupt_pdf_is_refused():
    rng = random.Random(7)
    garbage = b"%PDF-1.4\n" + bytes(rng.randrange(256) for _ in range(4000))
    assert "损坏" in _rejected("a.pdf", garbage)


@pytest.mark.parametrize("owner_only", [False, True])
def test_an_encrypted_pdf_is_refused(owner_only):
    from fpdf import FPDF
    pdf = FPDF()
    pdf.add_page()
    pdf.set_encryption(owner_password="owner", user_password=None if owner_only else "user")
    assert "加密" in _rejected("a.pdf", bytes(pdf.output()))


ACTIVE = {
    "open action script": pdfs.build(b"/OpenAction 5 0 R", [b"<< /S /JavaScript /JS (app.alert(1)) >>"]),
    "document script": pdfs.build(b"/Names << /JavaScript 5 0 R >>",
                                  [b"<< /Names [(a) 6 0 R] >>", b"<< /S /JavaScript /JS (x) >>"]),
    "launch": pdfs.build(b"/OpenAction << /S /Launch /F (calc.exe) >>"),
    "embedded file": pdfs.build(b"/Names << /EmbeddedFiles 5 0 R >>", [b"<< /Names [] >>"]),
    "rich media": pdfs.build(b"", [b"<< /Type /Annot /Subtype /RichMedia >>"]),
    "xfa form": pdfs.build(b"/AcroForm << /Fields [] /XFA 5 0 R >>", [b"<< >>"]),
    "escaped name": pdfs.build(b"/OpenAction << /S /J#61vaScript /J#53 (x) >>"),
    "compressed object stream": pdfs.build(b"/OpenAction 6 0 R", [], [b"<< /S /JavaScript /JS (x) >>"]),
}


@pytest.mark.parametrize("case", list(ACTIVE))
def test_a_pdf_with_active_content_is_refused(case):
    assert "不予接收" in _rejected("a.pdf", ACTIVE[case])


def test_a_plain_open_action_that_only_sets_the_view_is_accepted():
    assert validate("a.pdf", pdfs.build(b"/OpenAction [3 0 R /Fit]")).pages == 1
    assert validate("a.pdf", pdfs.build(b"/OpenAction << /S /GoTo /D [3 0 R /XYZ 0 842 1] >>")).pages == 1


@pytest.mark.parametrize("name", ["../a.png", "dir/a.png", "c:\\a.png", "a\x00.png", "a\n.png", "\u202egnp.exe.png",
                                  "", ".png"])
def test_a_name_with_path_separators_or_control_characters_is_refused(name):
    message = _rejected(name, _png())
    assert "文件名" in message
