"""Field and kind accuracy on the generalisation corpus: layouts written independently of the
templates, tuned on corpus.TUNED_LAYOUTS only and measured on corpus.HELD_OUT_LAYOUTS. Prints the
table (tuned vs held out, per degradation); bench/ocr.py section 6 prints it on a larger sample.

A small real sample: every kind as a text-layer PDF in two layouts (cheap), and a few pages as
images through OCR (clean, scans, phone photos), most of them held out."""
import pytest

from tests.checks import accuracy, corpus

LAYOUTS = corpus.TUNED_LAYOUTS + corpus.HELD_OUT_LAYOUTS
IMAGES = [("application_form", "prose", "photo"), ("work_proof", "prose", "photo"),
          ("chsi_record", "columnar", "photo"), ("tech_school_query", "prose", "clean"),
          ("chsi_report", "columnar", "rotate"), ("diploma", "columnar", "speckle"), ("graduate_register", "grid", "photo")]
# held-out figures measured on this sample with prose and columnar held out (written blind, never tuned
# on; session 20, after tuning on mobile and fillin): fields 46/92 = 50.0 %, photo 18/28 = 64.3 %, kind
# 9/10, less a margin for OCR run-to-run noise; a change that reads worse fails. (With mobile and fillin
# held out, session 19: fields 66/90 = 73.3 %, photo 18/28 = 64.3 %, kind 10/10.)
FLOOR = {"fields": 0.45, "photo": 0.57, "kind": 0.8}
TARGET = {"fields": 0.98, "photo": 0.97, "kind": 0.995}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    kinds = corpus.wild_kinds()
    samples = [(k, 7, "clean", "pdf", LAYOUTS[(i + j) % len(LAYOUTS)]) for i, k in enumerate(kinds) for j in (0, 2)]
    samples += [(k, 8, how, "png", layout) for k, layout, how in IMAGES]
    out = accuracy.run(samples, workdir=tmp_path_factory.mktemp("wild"))
    print("\n" + accuracy.table(out, groups=("group", "layout")))
    return out


def _held_out(records):
    fields, kind, _ = accuracy.rate(records, split="held_out")
    photo, _, counted = accuracy.rate(records, split="held_out", group="photo")
    return {"fields": fields, "photo": photo, "kind": kind}, counted


def test_the_sample_covers_every_kind_and_layout_and_the_photos_are_held_out(records):
    assert {r["want_kind"] for r in records} >= {"application_form", "unknown", "chsi_record", "work_proof"}
    assert {r["layout"] for r in records} == set(LAYOUTS)
    assert _held_out(records)[1] >= 20  # phone-photo fields counted on held-out layouts


def test_held_out_layouts_read_no_worse_than_measured(records):
    got, _ = _held_out(records)
    assert all(got[k] >= FLOOR[k] for k in FLOOR), (got, accuracy.misses([r for r in records if r["split"] == "held_out"]))


def test_tuned_layouts_are_read_exactly_from_text_layers(records):
    assert accuracy.misses([r for r in records if r["split"] == "tuned" and r["group"] == "pdf"]) == []


@pytest.mark.xfail(strict=True, reason="held-out accuracy is below the targets (closing note of the reading work)")
def test_held_out_layouts_reach_the_targets(records):
    got, _ = _held_out(records)
    assert all(got[k] >= TARGET[k] for k in TARGET), got
