"""The per-file budget is enforced from the headers before anything is decoded: frames, pixels per
frame and in total, pages and page boxes; a PDF page renders within a pixel budget."""
import time

import pytest

from checks.pages import render_scale
from portal.uploads import Limits, Rejected, validate
from tests.uploads import hostile


def _refused(name, data, limits=None) -> str:
    with pytest.raises(Rejected) as info:
        validate(name, data, limits)
    return info.value.message


def test_a_tiff_of_50_huge_frames_is_refused_from_its_headers_in_well_under_a_second():
    data = hostile.huge_tiff(50)
    assert len(data) < 2_000_000
    started = time.perf_counter()
    message = _refused("scan.tif", data)
    assert time.perf_counter() - started < 2.0
    assert "像素过多" in message


def test_frames_within_the_per_frame_limit_are_refused_when_their_total_is_over_budget():
    data = hostile.huge_tiff(6, (3000, 4000))  # 12 MP each, 72 MP together
    assert validate("scan.tif", data, Limits(max_total_pixels=80_000_000)).pages == 6
    assert "总像素过多" in _refused("scan.tif", data, Limits(max_total_pixels=60_000_000))


def test_a_tiff_with_more_frames_than_pages_allowed_is_refused():
    assert "页数过多" in _refused("scan.tif", hostile.huge_tiff(4, (100, 100)), Limits(max_pages=3))


def test_a_pdf_with_one_14400_point_page_is_refused_before_rendering():
    data = hostile.giant_page_pdf()
    assert len(data) < 1000
    assert "尺寸过大" in _refused("a.pdf", data)


def test_an_a4_pdf_is_accepted_and_a0_is_within_the_page_size_limit():
    assert validate("a.pdf", hostile.pdf(1)).pages == 1
    assert validate("a.pdf", hostile.pdf(1, (2384, 3370))).pages == 1


def test_a_pdf_of_50_blank_pages_is_accepted_by_validation_its_cost_is_bounded_by_the_reader():
    data = hostile.blank_pages_pdf(50)
    assert len(data) < 8000
    assert validate("a.pdf", data).pages == 50
    assert "页数过多" in _refused("a.pdf", hostile.blank_pages_pdf(51))


@pytest.mark.parametrize("box", [(595, 842), (842, 1191), (14400, 14400), (14400, 10)])
def test_no_page_renders_above_the_pixel_budget(box):
    scale = render_scale(*box, dpi=200, max_pixels=16_000_000)
    assert box[0] * box[1] * scale * scale <= 16_000_000 * 1.0001
    assert scale <= 200 / 72


def test_an_a4_page_renders_at_the_full_200_dpi():
    assert render_scale(595, 842, dpi=200, max_pixels=16_000_000) == pytest.approx(200 / 72)


def test_the_limits_are_stated_in_chinese_with_the_enforced_numbers():
    shown = "；".join(Limits().shown())
    assert "20 MB" in shown and "50 页" in shown and "300 百万像素" in shown and "5000 点" in shown
