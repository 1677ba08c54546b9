"""Pages photographed sideways or upside down (no EXIF tag) are turned upright before reading."""
import random

import pytest

from checks import extract_document
from checks.ocr import Box
from checks.orientation import correction
from portal.docgen import render_image
from tests.checks import corpus


def test_boxes_of_an_upright_page_need_no_turn():
    boxes = [Box("教育部学历证书电子注册备案表", 300, 80, 940, 140, 1), Box("姓名:张伟", 100, 300, 300, 335, 1),
             Box("性别:男", 100, 360, 260, 395, 1)]
    assert correction(boxes, (1240, 1754)) == 0


def test_an_upside_down_page_has_its_title_at_the_bottom():
    boxes = [Box("教育部学历证书电子注册备案表", 300, 1614, 940, 1674, 1), Box("姓名:张伟", 940, 1400, 1140, 1435, 1),
             Box("性别:男", 980, 1340, 1140, 1375, 1)]
    assert correction(boxes, (1240, 1754)) == 180


@pytest.mark.slow
@pytest.mark.parametrize("turn", [90, 270])
def test_a_sideways_photo_is_read_like_an_upright_one(tmp_path, turn):
    fields = corpus.random_fields(random.Random(turn), "application_form")
    path = tmp_path / "form.png"
    render_image("application_form", fields, layout="table").rotate(turn, expand=True).save(path)
    got = extract_document(path)
    _, want = corpus.truth("application_form", fields)
    assert got["kind"] == "application_form" and got["fields"] == want
