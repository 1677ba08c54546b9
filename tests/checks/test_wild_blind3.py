"""The third held-out families (prose, columnar) of the generalisation corpus, generator only: every
kind renders in both families as a text-layer PDF and as an image in every degradation; every
ground-truth value is printed (in the PDF text layer) in a form that reads back to the truth; a
document depends on its seed only; pages have an A4 page's size (landscape or portrait) and nothing
is drawn off them; a letter writes its fields in sentences, an export prints its labels as column
headers above the values."""
import io
import random
import re

import pytest
from PIL import Image

from tests.checks import corpus, printed, wild_blind2_words, wild_blind3, wild_blind3_words, wild_blind_words, wild_words
from tests.checks.wild_blind2_paint import width
from tests.checks.wild_blind3_prose import opening_fields

FAMILIES = wild_blind3.FAMILIES
KINDS = corpus.wild_kinds()
CASES = [(k, f) for k in KINDS for f in FAMILIES]


def _reads_back(field: str, shown: str, truth) -> bool:
    return printed.reads_back(field, shown, truth, wild_blind3_words, wild_blind3.DATE_FIELDS)


def test_every_wild_kind_has_words_in_both_families():
    w = wild_blind3_words
    assert set(KINDS) <= set(w.OPENINGS) & set(w.PROSE_TITLES) & set(w.COLUMN_TITLES) & set(w.ISSUERS)
    for kind in KINDS:  # some opening sentence names only fields the kind prints
        want = corpus.truth(kind, corpus.random_fields(random.Random(1), kind))[1]
        assert any(opening_fields(t) - {"today", "years", "job"} <= set(want) for t in w.OPENINGS[kind]), kind
    assert set(w.CLAUSES) == set(w.COLUMN_WORDS) >= set(wild_words.COMMON)


@pytest.mark.parametrize("kind, family", CASES)
def test_every_truth_value_is_printed_in_the_text_layer_and_reads_back(kind, family):
    data, suffix, want_kind, want = corpus.make_sample(kind, 5, "clean", "pdf", layout=family)
    marks, size, _, same_want, rows = wild_blind3.compose(kind, 5, "clean", "pdf", family)
    assert suffix == ".pdf" and data.startswith(b"%PDF") and same_want == want and want
    assert want_kind == corpus.VARIANTS.get(kind, kind)
    assert all(v not in (None, "") for v in want.values())
    page = printed.squeeze(printed.pdf_text(data))
    by_field = {r.field: r for r in rows}
    assert set(by_field) == set(want), (kind, family)  # every expected field is printed once as a field
    for field, truth in want.items():
        row = by_field[field]
        assert _reads_back(field, row.value, truth), (kind, family, field, row.value, truth)
        for part in row.lines or [row.value]:  # a value wrapped in its cell: each of its lines
            assert printed.squeeze(part) in page, (kind, family, field, part)
        if row.label and family == "prose":
            assert printed.squeeze(row.label) in page, (kind, family, field, row.label)


@pytest.mark.parametrize("kind, family", CASES)
def test_pages_render_as_images_of_a_sane_size_and_nothing_is_off_the_page(kind, family):
    marks, (w, h), _, _, _ = wild_blind3.compose(kind, 5, "clean", "png", family)
    assert {w, h} == {1240, 1754} and (family == "columnar" or w == 1240)
    assert all(0 <= m.x <= w and m.y >= 0 and m.y + max(m.size, m.h) <= h for m in marks if m.what != "seal")
    assert all(m.x + m.w <= w + 1 for m in marks if m.what in ("fill", "rect", "line"))
    for m in (m for m in marks if m.what == "text"):  # printed text fits across the page
        length = width(m.text, m.size)
        left = m.x - (length / 2 if m.align == "center" else length if m.align == "right" else 0)
        assert left >= 0 and left + length <= w, (kind, family, m.text)
    data, suffix, _, want = corpus.make_sample(kind, 5, "clean", "png", layout=family)
    image = Image.open(io.BytesIO(data))
    assert suffix == ".png" and image.size == (w, h) and want


def test_a_letter_writes_its_fields_in_sentences():
    for seed in range(6):  # a work-year proof has no label at all; a declaration has a short table
        rows = wild_blind3.compose("work_proof", seed, "clean", "pdf", "prose")[4]
        assert {r.field for r in rows if r.label is None} == {"name", "id_number", "employer", "work_start"}
        rows = wild_blind3.compose("application_form", seed, "clean", "pdf", "prose")[4]
        tabled = [r for r in rows if r.label]
        assert 2 <= len(tabled) <= 4 and len(rows) - len(tabled) >= 8
    openings = set()
    for seed in range(16):  # the work-year proofs word the time in several ways
        marks = wild_blind3.compose("work_proof", seed, "clean", "pdf", "prose")[0]
        body = "".join(m.text for m in marks if m.what == "text")
        openings |= {w for w in ("自", "于", "截至") if re.search(w + r".{6,20}(起|至今|累计)", body)}
    assert openings == {"自", "于", "截至"}, openings
    counted = 0
    for seed in range(30):  # 截至 a date, 累计 the whole years since the true start
        marks, _, _, want, _ = wild_blind3.compose("work_proof", seed, "clean", "pdf", "prose")
        body = "".join(m.text for m in marks if m.what == "text")
        if m := re.search(r"截至(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?累计从事本专业工作(\d+)年", body):
            start = tuple(map(int, want["work_start"].split("-")))
            until = (int(m[1]), int(m[2]), int(m[3] or 1))
            assert int(m[4]) == until[0] - start[0] - (until[1:] < start[1:]), (seed, m[0], want["work_start"])
            counted += 1
    assert counted
    styles = set()
    for seed in range(16):  # dates are written in several forms: digits with 年月日, Chinese numerals, dots, dashes
        rows = wild_blind3.compose("diploma", seed, "clean", "pdf", "prose")[4]
        value = next(r.value for r in rows if r.field == "graduation_date")
        styles.add("cn" if value[0] in "一二" else "年" if "年" in value else value[4])
    assert len(styles) >= 3, styles
    marks = wild_blind3.compose("work_proof", 2, "clean", "png", "prose")[0]
    assert any(m.what == "seal" for m in marks) and any(m.what == "text" and "证明" in m.text for m in marks)


def _span(m):
    length = width(m.text, m.size)
    left = m.x - (length / 2 if m.align == "center" else length if m.align == "right" else 0)
    return left, left + length


def test_an_export_prints_labels_as_column_headers_above_the_values():
    wrapped = landscape = history = 0
    for seed in range(12):
        marks, (w, h), _, _, rows = wild_blind3.compose("application_form", seed, "clean", "pdf", "columnar")
        texts = [m for m in marks if m.what == "text"]
        for row in rows:
            first = row.lines[0] if row.lines else row.value
            value = next(m for m in texts if m.text == first)
            lo, hi = _span(value)
            rules = sorted({m.y for m in marks if m.what == "line" and m.w > 0 and m.y < value.y})
            cell_top, head_top = rules[-1], rules[-2]  # the value's cell is under a header cell
            walls = {m.x for m in marks if m.what == "line" and m.h > 0 and m.y <= value.y <= m.y + m.h}
            left, right = max(x for x in walls if x <= lo), min(x for x in walls if x >= hi)  # the value's column
            above = sorted((m for m in texts if head_top < m.y < cell_top and left <= _span(m)[0] and _span(m)[1] <= right),
                           key=lambda m: m.y)
            assert "".join(m.text for m in above) == row.label, (seed, row)  # its header, just above it
            wrapped += len(above) > 1
        landscape += w > h
        history += any(m.text == "工作经历" for m in texts)
    assert wrapped and landscape >= 6 and 0 < history < 12


def test_held_out_families_are_wired_in():
    assert corpus.HELD_OUT_LAYOUTS == FAMILIES and not set(FAMILIES) & set(corpus.TUNED_LAYOUTS)
    assert all(corpus.split(f) == "held_out" for f in FAMILIES)
    assert set(corpus.BLIND2) == {"mobile", "fillin"} and all(corpus.split(f) == "tuned" for f in corpus.BLIND2)


def test_every_field_has_a_column_header_no_tuned_family_prints():
    tuned = {printed.squeeze(w) for table in (wild_words.COMMON, wild_words.OTHER, wild_blind_words.BLIND_WORDS,
                                              wild_blind2_words.MOBILE_WORDS, wild_blind2_words.FILLIN_WORDS)
             for ws in table.values() for w in ws}
    tuned |= {printed.squeeze(w) for table in wild_blind2_words.APP_WORDS.values() for ws in table.values() for w in ws}
    for field, headers in wild_blind3_words.COLUMN_WORDS.items():
        assert {printed.squeeze(h) for h in headers} - tuned, field
