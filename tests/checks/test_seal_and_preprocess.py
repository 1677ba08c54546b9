"""Red seal ring detection and the preprocessing steps, on rendered pages (no OCR needed)."""
import io
import random

import pytest
from PIL import Image, ImageDraw

from checks import preprocess, seal
from portal.docgen import render_image
from portal.docgen.fonts import pil_font
from tests.checks import corpus

FIELDS = corpus.random_fields(random.Random(99), "application_form")


@pytest.mark.parametrize("kind", ["application_form", "work_proof"])
@pytest.mark.parametrize("how", ["clean", "rotate", "jpeg", "uneven", "photo", "blur"])
def test_a_red_seal_is_found_and_its_absence_noticed_on_degraded_pages(kind, how):
    rng = random.Random(f"{kind}{how}")
    for sealed in (True, False):
        page = corpus.degrade(render_image(kind, FIELDS, seal=sealed, layout=rng.choice(("lines", "table"))), how, rng)
        assert seal.has_seal(page) is sealed, (how, sealed)


def test_red_text_and_red_lines_are_not_a_seal():
    page = render_image("work_proof", FIELDS, seal=False)
    pen = ImageDraw.Draw(page)
    pen.text((200, 1300), "红头文件：湖南省人力资源和社会保障厅", font=pil_font(None, 48), fill=(220, 30, 30))
    pen.line([(100, 1450), (1100, 1450)], fill=(220, 30, 30), width=8)
    assert not seal.has_seal(page)


def test_a_grayscale_scan_is_not_colour():
    assert not seal.is_colour(render_image("work_proof", FIELDS).convert("L"))
    assert seal.is_colour(render_image("work_proof", FIELDS))


def test_exif_orientation_is_applied():
    page = render_image("work_proof", FIELDS, seal=False)
    turned = page.rotate(90, expand=True)
    exif = Image.Exif()
    exif[0x0112] = 8  # the camera stored it turned; viewers rotate it back
    buf = io.BytesIO()
    turned.save(buf, "JPEG", exif=exif)
    assert preprocess.exif(Image.open(io.BytesIO(buf.getvalue()))).size == page.size


def test_small_scans_are_upscaled_and_huge_photos_reduced():
    assert preprocess.resize(Image.new("RGB", (620, 877))).width == preprocess.MIN_WIDTH
    assert max(preprocess.resize(Image.new("RGB", (4000, 3000))).size) == preprocess.MAX_SIDE
    assert preprocess.resize(Image.new("RGB", (1240, 1754))).size == (1240, 1754)


@pytest.mark.parametrize("angle", [-3.5, -1.5, 2.0, 4.0])
def test_the_skew_angle_of_a_rotated_page_is_found(angle):
    page = render_image("chsi_record", FIELDS, seal=False).rotate(angle, expand=True, fillcolor="white")
    assert abs(preprocess.skew_angle(page) + angle) <= 0.5


def test_denoising_runs_only_on_speckled_pages():
    page = render_image("chsi_record", FIELDS, seal=False)
    assert preprocess.denoise(page) is page
    noisy = corpus.degrade(page, "speckle", random.Random(1))
    assert preprocess.speckle_ratio(noisy) > 0.005
    assert preprocess.speckle_ratio(preprocess.denoise(noisy)) < 0.0008


def test_binarising_survives_uneven_light():
    dark = corpus.degrade(render_image("chsi_record", FIELDS, seal=False), "uneven", random.Random(3))
    out = preprocess.binarise(dark)
    assert set(out.get_flattened_data()) <= {0, 255}
    assert sum(1 for v in out.get_flattened_data() if v == 0) / (out.width * out.height) < 0.1  # no blackened corner
