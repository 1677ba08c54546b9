"""Generator checks shared by the blind families written since session 19 (mobile and fillin in
`wild_blind2`, prose and columnar in `wild_blind3`): every degradation renders at a sane size, a
scanned PDF holds pixels only, and a document depends on its seed only. Generator tests only: no
extractor runs here. What is particular to a family stays in its own test file."""
import io

import pdfplumber
import pytest
from PIL import Image

from tests.checks import corpus, printed, wild_blind2, wild_blind3

COMPOSE = {"mobile": wild_blind2.compose, "fillin": wild_blind2.compose,
           "prose": wild_blind3.compose, "columnar": wild_blind3.compose}
LONGEST_SIDE = {"mobile": 4600, "fillin": 4600, "prose": 2400, "columnar": 2400}  # phone screenshots are tall
SEED_HOW = {"mobile": "photo", "fillin": "speckle", "prose": "photo", "columnar": "speckle"}
SEED_PDF_KIND = {"mobile": "chsi_record", "fillin": "chsi_record", "prose": "work_proof", "columnar": "work_proof"}
FAMILIES = tuple(COMPOSE)
KINDS = corpus.wild_kinds()


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("n, how", list(enumerate(corpus.DEGRADATIONS)))
def test_every_degradation(n, how, family):
    kind = KINDS[(n * 2 + FAMILIES.index(family) % 2) % len(KINDS)]
    data, suffix, _, want = corpus.make_sample(kind, 6, how, "png", layout=family)
    image = Image.open(io.BytesIO(data))
    assert suffix == (".jpg" if how in ("jpeg", "photo") else ".png") and min(image.size) > 600 and want
    assert max(image.size) < LONGEST_SIDE[family]


@pytest.mark.parametrize("family", FAMILIES)
def test_scanned_pdf_has_pixels_only(family):
    scan, suffix, _, want = corpus.make_sample("chsi_report", 6, "uneven", "pdf-scan", layout=family)
    assert suffix == ".pdf" and printed.squeeze(printed.pdf_text(scan)) == "" and want
    with pdfplumber.open(io.BytesIO(scan)) as pdf:
        assert len(pdf.pages) == 1 and len(pdf.pages[0].images) == 1


@pytest.mark.parametrize("family", FAMILIES)
def test_a_document_depends_on_its_seed_only(family):
    how, compose, kind = SEED_HOW[family], COMPOSE[family], SEED_PDF_KIND[family]
    one = corpus.make_sample("application_form", 11, how, "png", layout=family)
    assert one == corpus.make_sample("application_form", 11, how, "png", layout=family)
    assert one[3] != compose("application_form", 12, how, "png", family)[3]
    pdf = corpus.make_sample(kind, 11, "clean", "pdf", layout=family)
    assert pdf[2:] == corpus.make_sample(kind, 11, "clean", "pdf", layout=family)[2:]
    assert compose(kind, 11, "clean", "pdf", family) == compose(kind, 11, "clean", "pdf", family)
