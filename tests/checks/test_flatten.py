"""Phone photos flattened before OCR: the sheet found against the desk and warped upright; scans
and pages that fill the image are left alone."""
import numpy as np
from PIL import Image, ImageDraw

from checks import flatten, preprocess
from portal.docgen.fonts import pil_font


def _sheet() -> Image.Image:
    """A form page: text rows and two long horizontal rulings."""
    page = Image.new("RGB", (900, 1200), "white")
    pen = ImageDraw.Draw(page)
    face = pil_font("wqy", 28)
    for n in range(12):
        pen.text((80, 150 + n * 70), f"姓名：张三{n}　　性别：男　　出生日期：1990年3月{n + 1}日", font=face, fill=(20, 20, 20))
    for y in (120, 1020):
        pen.line([(60, y), (840, y)], fill=(0, 0, 0), width=3)
    return page


def _photo(page: Image.Image, corners) -> Image.Image:
    """The page on a brown desk, seen from the side: `corners` are where the page's corners land."""
    desk = Image.new("RGB", (1100, 1400), (110, 95, 70))
    w, h = page.size
    target = np.array(corners, dtype=np.float64)
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float64)
    coeffs = flatten._coefficients(target, src)
    warped = page.transform(desk.size, Image.PERSPECTIVE, coeffs, resample=Image.BICUBIC, fillcolor=(0, 0, 0))
    inside = Image.new("L", page.size, 255).transform(desk.size, Image.PERSPECTIVE, coeffs, fillcolor=0)
    desk.paste(warped, (0, 0), inside)
    return desk


def _ruling_at(img: Image.Image, x: int, y: int, tolerance: int = 6) -> bool:
    """A dark ruling crosses column x within `tolerance` rows of y."""
    g = np.asarray(img.convert("L"))
    return bool((g[y - tolerance:y + tolerance + 1, x - 2:x + 3] < 100).any(axis=1).any())


def test_a_sheet_photographed_from_the_side_is_warped_upright():
    where = [(140, 90), (1010, 150), (960, 1330), (90, 1260)]
    photo = _photo(_sheet(), where)
    found = flatten.corners(photo)
    assert found is not None and np.abs(found - np.array(where)).max() < 12, found
    flat = flatten.flatten(photo)
    assert abs(flat.width - 900) < 40 and abs(flat.height - 1200) < 50
    flat = flat.resize((900, 1200))
    assert all(_ruling_at(flat, x, y) for x in (100, 450, 800) for y in (120, 1020))
    assert not all(_ruling_at(photo.crop((0, 0, 900, 1200)), x, y) for x in (100, 450, 800) for y in (120, 1020))


def test_a_scan_or_a_page_filling_the_image_is_left_alone():
    page = _sheet()
    assert flatten.flatten(page) is page
    shaded = np.asarray(page).astype(np.float32)
    shaded[:, :300] *= 0.55  # a dark band from uneven light is no desk
    uneven = Image.fromarray(shaded.astype(np.uint8))
    assert flatten.flatten(uneven) is uneven
    yy, xx = np.mgrid[0:1200, 0:900]
    spot = 1.0 - 0.45 * np.hypot(xx - 450, yy - 700) / np.hypot(450, 700)  # a lamp over the middle
    lit = Image.fromarray((np.asarray(page).astype(np.float32) * spot[..., None]).astype(np.uint8))
    assert flatten.corners(lit) is None and flatten.flatten(lit) is lit


def test_flattening_runs_before_deskew_in_the_default_steps():
    steps = preprocess.DEFAULT_STEPS
    assert "flatten" in steps and steps.index("flatten") < steps.index("deskew")
