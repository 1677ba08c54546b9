"""Red seal ink whitened before OCR, the text under the seal kept."""
import numpy as np
from PIL import Image, ImageChops, ImageDraw

from checks import preprocess, seal
from portal.docgen.fonts import pil_font
from portal.docgen.seal import seal_image


def _text_page() -> Image.Image:
    page = Image.new("RGB", (900, 500), "white")
    pen = ImageDraw.Draw(page)
    for n, line in enumerate(("层次：研究生", "院校名称：湖南师范大学", "毕业专业：社会工作")):
        pen.text((80, 120 + n * 70), line, font=pil_font("wqy", 30), fill=(20, 20, 20))
    return page


def _stamped(page: Image.Image) -> Image.Image:
    stamp = seal_image("湖南华菱钢铁集团有限责任公司", font="wqy")
    layer = Image.new("RGBA", page.size, (255, 255, 255, 255))
    layer.alpha_composite(stamp, (60, 40))
    return ImageChops.multiply(page, layer.convert("RGB"))


def _red(img) -> float:
    a = np.asarray(img).astype(np.int16)
    return float(((a[..., 0] > 110) & (a[..., 0] - a[..., 1] > 50) & (a[..., 0] - a[..., 2] > 40)).mean())


def test_a_seal_over_text_is_whitened_and_the_text_under_it_kept():
    page = _text_page()
    stamped = _stamped(page)
    assert _red(stamped) > 0.01
    clean = seal.erase(stamped)
    assert _red(clean) == 0.0
    text = np.asarray(page.convert("L")) < 100
    kept = np.asarray(clean.convert("L")) < 100
    assert (kept & text).sum() >= 0.97 * text.sum()  # the text's own pixels stay dark


def test_pages_without_red_ink_and_grey_pages_are_untouched_and_unseal_is_a_default_step():
    page = _text_page()
    assert seal.erase(page) is page
    grey = _stamped(page).convert("L")
    assert seal.erase(grey) is grey
    assert "unseal" in preprocess.DEFAULT_STEPS
