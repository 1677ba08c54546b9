"""The second blind families (mobile, fillin; held out in session 19, tuned since session 20) of the
generalisation corpus, generator only: every
kind renders in both families as a text-layer PDF and as an image in every degradation; every
ground-truth value is printed (in the PDF text layer) in a form that reads back to the truth; a
document depends on its seed only; pages have a phone's or an A4 page's size and nothing is drawn
off them; the label wordings are none of the families tuned before them."""
import io

import numpy as np
import pytest
from PIL import Image

from portal.docgen.values import format_value
from tests.checks import corpus, printed, wild_blind2, wild_blind2_words, wild_blind_words, wild_words
from tests.checks.wild_blind2_paint import width

FAMILIES = ("mobile", "fillin")
KINDS = corpus.wild_kinds()
CASES = [(k, f) for k in KINDS for f in FAMILIES]


def _reads_back(field: str, shown: str, truth) -> bool:
    return printed.reads_back(field, shown, truth, wild_blind2_words, wild_blind2.DATE_FIELDS)


def test_every_wild_kind_has_words_in_both_families():
    words = wild_blind2_words
    assert set(KINDS) <= set(words.MOBILE_TITLES) & set(words.FILLIN_TITLES) & set(words.APP_OF)
    assert set(words.APP_OF.values()) <= set(words.APPS) <= set(words.MOBILE_EXTRA) & set(words.NOTICES)


@pytest.mark.parametrize("kind, family", CASES)
def test_every_truth_value_is_printed_in_the_text_layer_and_reads_back(kind, family):
    data, suffix, want_kind, want = corpus.make_sample(kind, 5, "clean", "pdf", layout=family)
    marks, size, _, same_want, rows = wild_blind2.compose(kind, 5, "clean", "pdf", family)
    assert suffix == ".pdf" and data.startswith(b"%PDF") and same_want == want and want
    assert want_kind == corpus.VARIANTS.get(kind, kind)
    assert all(v not in (None, "") for v in want.values())
    page = printed.squeeze(printed.pdf_text(data))
    by_field = {r.field: r for r in rows if r.field}
    for field, truth in want.items():
        row = by_field.get(field)
        if row is None:  # the exam named by the document's title only
            name = format_value(truth, "exam")
            assert field == "exam" and name in page and any(name in m.text and m.size >= 36 for m in marks), (kind, family)
            continue
        assert _reads_back(field, row.value, truth), (kind, family, field, row.value, truth)
        assert printed.squeeze(row.value) in page, (kind, family, field, row.value)
        if row.label:  # a labelled row prints its label too
            assert printed.squeeze(row.label) in page, (kind, family, field, row.label)


@pytest.mark.parametrize("kind, family", CASES)
def test_pages_render_as_images_of_a_sane_size_and_nothing_is_off_the_page(kind, family):
    marks, (w, h), _, _, _ = wild_blind2.compose(kind, 5, "clean", "png", family)
    assert all(0 <= m.x <= w and m.y >= 0 and m.y + max(m.size, m.h) <= h for m in marks if m.what != "seal")
    assert all(m.x + m.w <= w for m in marks if m.what in ("fill", "rect", "line", "qr"))
    for m in (m for m in marks if m.what == "text"):  # printed text fits across the page
        length = width(m.text, m.size)
        left = m.x - (length / 2 if m.align == "center" else length if m.align == "right" else 0)
        assert left >= 0 and left + length <= w, (kind, family, m.text)
    data, suffix, _, want = corpus.make_sample(kind, 5, "clean", "png", layout=family)
    image = Image.open(io.BytesIO(data))
    assert suffix == ".png" and image.size == (w, h) and want
    if family == "mobile":  # a phone screenshot: narrow and tall
        assert w in (1080, 1170) and 2 * w <= h <= 4 * w
    else:
        assert (w, h) == (1240, 1754)


def test_forms_a_person_fills_in_are_filled_by_pen_in_ink():
    marks, *_, rows = wild_blind2.compose("work_proof", 3, "clean", "png", "fillin")
    assert rows and all(r.hand for r in rows)
    assert {m.text for m in marks if m.what == "text" and m.hand} >= {r.value for r in rows if "年" not in r.value}
    data = corpus.make_sample("work_proof", 3, "clean", "png", layout="fillin")[0]
    r, g, b = np.asarray(Image.open(io.BytesIO(data)).convert("RGB")).astype(int).transpose(2, 0, 1)
    assert ((b > r + 60) & (b > g + 40)).sum() > 2000  # blue or blue-black ink
    issued = wild_blind2.compose("chsi_report", 3, "clean", "png", "fillin")
    assert not any(m.hand for m in issued[0]) and any(m.what == "seal" for m in issued[0])


def test_a_letter_names_its_fields_in_a_sentence():
    for seed in range(6):  # a work-year proof names all its fields in its opening sentence, no label
        rows = wild_blind2.compose("work_proof", seed, "clean", "pdf", "fillin")[4]
        assert {r.field for r in rows if r.label is None} == {"name", "id_number", "employer", "work_start"}
    rows = wild_blind2.compose("chsi_record", 1, "clean", "pdf", "fillin")[4]
    assert all(r.label for r in rows)  # an issued record has no letter: every field on a labelled line


def test_second_blind_families_are_wired_in_as_tuned():  # held out in session 19, tuned since session 20
    assert corpus.BLIND2 == FAMILIES and set(FAMILIES) <= set(corpus.TUNED_LAYOUTS)
    assert all(corpus.split(f) == "tuned" for f in FAMILIES) and not set(FAMILIES) & set(corpus.HELD_OUT_LAYOUTS)
    assert {"colon", "grid", "twocol", "cards", "city", "ledger", "vertical", "webprint", *FAMILIES} == set(corpus.TUNED_LAYOUTS)


def test_label_wordings_are_no_tuned_family_s():
    tuned = {printed.squeeze(w) for table in (wild_words.COMMON, wild_words.OTHER, wild_blind_words.BLIND_WORDS)
             for ws in table.values() for w in ws}
    for table in (wild_blind2_words.MOBILE_WORDS, wild_blind2_words.FILLIN_WORDS):
        mine = {printed.squeeze(w) for ws in table.values() for w in ws}
        assert set(table) >= set(wild_words.COMMON)
        assert mine.isdisjoint(tuned), mine & tuned


def test_each_family_varies_its_page_over_seeds():
    fillin = [wild_blind2.compose("chsi_report", s, "clean", "pdf", "fillin")[0] for s in range(12)]
    leaders = [any(m.what == "text" and m.text[:2] in ("……", "··", "．．") for m in ms) for ms in fillin]
    pairs = [len({m.y for m in ms if m.what == "text" and m.text.endswith("：")}) <
             sum(1 for m in ms if m.what == "text" and m.text.endswith("：")) for ms in fillin]
    assert any(leaders) and not all(leaders) and any(pairs)  # dotted leaders, underlines, two blanks a line
    mobile = [wild_blind2.compose("chsi_report", s, "clean", "pdf", "mobile") for s in range(12)]
    right = [any(m.align == "right" and m.text == r.value for m in ms for r in rows) for ms, *_, rows in mobile]
    assert any(right) and not all(right)  # value right-aligned beside its label, or under it
    assert len({size for _, size, *_ in mobile}) > 2  # phone widths, long screenshots
