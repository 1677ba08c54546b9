"""The layout families written blind in session 17 (ledger, vertical, webprint; held out until
session 19, tuned since): every kind renders in every family, format and degradation; a document is
the same for the same seed; every ground-truth value is printed on the page (in the PDF text layer)
in a form that reads back to the truth; the label wordings are none of the first tuned families'."""
import io
import re

import pdfplumber
import pytest
from PIL import Image

from portal.docgen.values import format_value
from tests.checks import corpus, printed, wild_blind, wild_blind_words, wild_words
from tests.checks.wild_blind_draw import HEIGHT, WIDTH

FAMILIES = corpus.BLIND
CASES = [(k, f) for k in corpus.wild_kinds() for f in FAMILIES]
# a text-layer PDF costs a second (the font is parsed each time): the fast run reads every kind once
# and every family five times; the slow run every kind in every family
ROTATED = [(k, FAMILIES[n % len(FAMILIES)]) for n, k in enumerate(corpus.wild_kinds())]
TEXT_CASES = [pytest.param(k, f, marks=() if (k, f) in ROTATED else pytest.mark.slow) for k, f in CASES]


def _read_date(text: str) -> str:
    """The ISO date a printed date means, whatever style it is printed in."""
    if m := re.fullmatch(r"([〇一二三四五六七八九]{4})年(.+)月(.+)日", text):
        y, mo, d = printed.cn_digits(m[1]), printed.cn_number(m[2]), printed.cn_number(m[3])
    elif re.fullmatch(r"\d{8}", text):
        y, mo, d = int(text[:4]), int(text[4:6]), int(text[6:])
    else:
        y, mo, d = map(int, re.findall(r"\d+", text))
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _reads_back(field: str, shown: str, truth) -> bool:
    if field in wild_blind.DATE_FIELDS:
        return _read_date(shown) == truth
    if field == "education_level":
        return shown in wild_blind_words.EDUCATION[truth] or shown == wild_blind_words.TICKS[field].get(truth)
    if field == "class_type":
        return shown in wild_blind_words.CLASS[truth] or shown == wild_blind_words.TICKS[field][truth]
    if field == "exam":
        return shown == format_value(truth, "exam")
    return shown == str(truth)


@pytest.mark.parametrize("kind, family", TEXT_CASES)
def test_every_truth_value_is_printed_and_reads_back(kind, family):
    data, suffix, want_kind, want = corpus.make_sample(kind, 5, "clean", "pdf", layout=family)
    ops, _, same_want, rows = wild_blind.compose(kind, 5, "clean", "pdf", family)
    assert suffix == ".pdf" and data.startswith(b"%PDF") and same_want == want and want
    page = printed.squeeze(printed.pdf_text(data))
    by_field = {r.field: r for r in rows if r.field}
    for field, truth in want.items():
        row = by_field.get(field)
        if row is None:  # the exam named by the form's title only
            name = format_value(truth, "exam")
            assert field == "exam" and name in page and any(name in o.text and o.size >= 28 for o in ops), (kind, family)
            continue
        assert _reads_back(field, row.value, truth), (kind, family, field, row.value, truth)
        shown = row.mark + row.value if row.options else row.value
        assert printed.squeeze(shown) in page, (kind, family, field, shown)
    for row in (r for r in rows if r.options):  # one option ticked, the others empty boxes
        assert [o for o in row.options if printed.squeeze(row.mark + o) in page] == [row.value]
        assert all("□" + o in page for o in row.options if o != row.value)


@pytest.mark.parametrize("kind, family", CASES)
def test_pages_render_as_images_and_stay_on_the_page(kind, family):
    ops = wild_blind.compose(kind, 5, "clean", "png", family)[0]
    assert all(0 <= o.x <= WIDTH and o.y >= 0 and o.y + max(o.size, o.h) <= HEIGHT - 20 for o in ops if o.what != "seal")
    data, suffix, _, _ = corpus.make_sample(kind, 5, "clean", "png", layout=family)
    assert suffix == ".png" and Image.open(io.BytesIO(data)).size == (WIDTH, HEIGHT)


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("n, how", list(enumerate(corpus.DEGRADATIONS)))
def test_every_degradation(n, how, family):
    kind = corpus.wild_kinds()[(n * 2 + FAMILIES.index(family)) % len(corpus.wild_kinds())]
    data, suffix, _, want = corpus.make_sample(kind, 6, how, "png", layout=family)
    image = Image.open(io.BytesIO(data))
    assert suffix == (".jpg" if how in ("jpeg", "photo") else ".png") and min(image.size) > 600 and want


@pytest.mark.parametrize("kind, family", ROTATED[:3])
def test_scanned_pdf_has_pixels_only(kind, family):
    scan, suffix, _, want = corpus.make_sample(kind, 6, "uneven", "pdf-scan", layout=family)
    assert suffix == ".pdf" and printed.squeeze(printed.pdf_text(scan)) == "" and want
    with pdfplumber.open(io.BytesIO(scan)) as pdf:
        assert len(pdf.pages) == 1 and len(pdf.pages[0].images) == 1


@pytest.mark.parametrize("family, how", list(zip(FAMILIES, ("photo", "speckle", "rotate"))))
def test_a_document_depends_on_its_seed_only(family, how):
    one = corpus.make_sample("application_form", 11, how, "png", layout=family)
    assert one == corpus.make_sample("application_form", 11, how, "png", layout=family)
    assert one[3] != wild_blind.compose("application_form", 12, how, "png", family)[2]
    assert wild_blind.compose("chsi_record", 11, "clean", "pdf", family) == wild_blind.compose("chsi_record", 11, "clean", "pdf", family)


def test_blind_families_are_wired_in_and_now_tuned():
    assert set(FAMILIES) == {"ledger", "vertical", "webprint"} and set(FAMILIES) <= set(corpus.TUNED_LAYOUTS)
    assert all(corpus.split(f) == "tuned" for f in FAMILIES) and not set(FAMILIES) & set(corpus.HELD_OUT_LAYOUTS)
    assert {"colon", "grid", "twocol", "cards", "city"} <= set(corpus.TUNED_LAYOUTS)
    for family in FAMILIES:  # still drawn by wild_blind
        want = corpus.make_sample("work_proof", 3, "clean", "png", layout=family)[3]
        assert want == wild_blind.compose("work_proof", 3, "clean", "png", family)[2]


def test_label_wordings_are_not_the_first_tuned_families():
    tuned = {printed.squeeze(w) for table in (wild_words.COMMON, wild_words.OTHER) for ws in table.values() for w in ws}
    blind = {printed.squeeze(w) for ws in wild_blind_words.BLIND_WORDS.values() for w in ws}
    assert set(wild_blind_words.BLIND_WORDS) >= set(wild_words.COMMON)
    assert blind.isdisjoint(tuned), blind & tuned
