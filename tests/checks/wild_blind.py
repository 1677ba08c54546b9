"""Held-out documents of the generalisation corpus: the contract fields of a kind printed in a layout
family of `wild_blind_layouts` (ledger, vertical, webprint) with the wordings of `wild_blind_words`,
which the tuned families never use. Written without looking at the extraction templates, so that
accuracy measured on them says how the extractor does on layouts nobody adjusted it for."""
from __future__ import annotations

import random
from dataclasses import dataclass

from portal.docgen.values import format_value, printed_fields
from tests.checks import wild_blind_draw
from tests.checks import wild_blind_words as words
from tests.checks.wild_blind_cells import format_date, qr_corner, stamp

DATE_FIELDS = ("birth_date", "enrollment_date", "graduation_date", "update_date", "work_start")


@dataclass
class Row:
    label: str
    value: str  # printed value; for a tick-box row the printed ticked option
    field: str | None = None
    hand: bool = False
    options: tuple = ()  # tick boxes: every printed option, the value among them
    ticked: int = -1
    mark: str = "■"  # how the ticked box is printed


def _value(field: str, value, date_style: str, rng: random.Random) -> str:
    if field in DATE_FIELDS:
        return format_date(value, date_style)
    if field == "education_level":
        return rng.choice(words.EDUCATION[value])
    if field == "class_type":
        return rng.choice(words.CLASS[value])
    if field == "exam":
        return format_value(value, "exam")
    return str(value)


def _row(field: str, value, date_style: str, ticks: bool, hand: bool, rng: random.Random) -> Row:
    label = rng.choice(words.BLIND_WORDS[field])
    vocab = words.TICKS.get(field)
    if ticks and vocab and value in vocab:
        options = tuple(dict.fromkeys(vocab.values()))
        mark = rng.choice(words.CHECKED)
        return Row(label, vocab[value], field, hand, options, options.index(vocab[value]), mark)
    return Row(label, _value(field, value, date_style, rng), field, hand)


def rows_of(kind: str, want: dict, layout: str, title: str, rng: random.Random, image: bool) -> tuple[list[Row], str]:
    """The document's rows (fields in a printed order, extra rows among them) and its date style."""
    date_style = "cn" if kind == "diploma" and layout != "webprint" and rng.random() < 0.6 else rng.choice(words.DATES[layout])
    hand = image and kind == "application_form" and layout != "webprint" and rng.random() < 0.7
    ticks = layout == "ledger" or (layout == "vertical" and rng.random() < 0.5)
    order = [f for fields in words.SECTIONS.values() for f in fields]
    shown = sorted(want, key=order.index)
    if kind == "application_form" and format_value(want["exam"], "exam") in title and rng.random() < 0.5:
        shown.remove("exam")  # named by the title only, as many forms do
    rows = [_row(f, want[f], date_style, ticks, hand, rng) for f in shown]
    person = words.EXTRA_PERSON if kind in words.FILLED and layout != "webprint" else words.EXTRA_PERSON[2:]
    school = [r for r in words.EXTRA_SCHOOL if r[0] != "学位" or want.get("education_level") == "bachelor"]
    extra = (school if "school" in want else []) + (person if "school" not in want or kind in words.FILLED else [])
    for label, value in rng.sample(extra, rng.randint(1, 3)):  # in the section they belong to
        section = "学习经历" if (label, value) in words.EXTRA_SCHOOL else "基本情况"
        after = [n + 1 for n, r in enumerate(rows) if r.field in words.SECTIONS[section]] or [len(rows)]
        rows.insert(rng.choice(after), Row(label, value))
    if ticks:
        label, options, ticked = rng.choice(words.EXTRA_TICKS)
        rows.insert(rng.randint(1, len(rows)), Row(label, options[ticked], None, hand, options, ticked, rng.choice(words.CHECKED)))
    return rows, date_style


def compose(kind: str, seed: int, how: str, fmt: str, layout: str):
    """(drawing operations, expected kind, expected fields, printed rows) of one document."""
    from tests.checks import corpus
    from tests.checks.wild_blind_layouts import FAMILIES

    rng = random.Random(f"blind-{kind}-{seed}-{layout}-{how}-{fmt}")
    fields = corpus.random_fields(rng, kind)
    want_kind, want = corpus.truth(kind, fields)
    data = printed_fields(kind, fields)
    title = rng.choice(words.TITLES[kind]).format(exam_name=data["exam_name"], year=rng.randint(2019, 2025))
    rows, date_style = rows_of(kind, want, layout, title, rng, image=fmt != "pdf")
    ops, bottom = FAMILIES[layout](kind, title, rows, date_style, rng)
    seal = words.SEAL_OF.get(kind)
    if seal and layout != "webprint":
        stamp(ops, str(data.get(seal, seal)), bottom, rng)
    if kind.startswith("chsi_") and "verification_code" in want and layout != "webprint" and rng.random() < 0.7:
        qr_corner(ops, want["verification_code"], bottom)
    return ops, want_kind, want, rows


def make(kind: str, seed: int, how: str, fmt: str, layout: str):
    """(file bytes, suffix, expected kind, expected fields) like `corpus.make_sample`."""
    from tests.checks import corpus

    ops, want_kind, want, _ = compose(kind, seed, how, fmt, layout)
    rng = random.Random(f"blind-ink-{kind}-{seed}-{layout}-{how}")
    if fmt == "pdf":
        return wild_blind_draw.text_pdf(ops), ".pdf", want_kind, want
    page = corpus.degrade(wild_blind_draw.draw(ops, rng), how, rng)
    return (*corpus.encoded(page, how, fmt), want_kind, want)
