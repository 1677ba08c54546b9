"""Documents of the generalisation corpus: the contract fields of a kind printed in one of the
layout families of `wild_layouts`, labelled with other forms' wordings (`wild_words`), in other
fonts, with seals over the text and, on the 报名表, values filled in by hand. Ground truth as in
`corpus.truth`."""
from __future__ import annotations

import datetime as dt
import random

from portal.docgen.pdf import text_pdf
from portal.docgen.values import format_value, layouts, printed_fields
from tests.checks import wild_ink, wild_words
from tests.checks.wild_layouts import FAMILIES, Ink

OTHER_WORDINGS = ("city",)  # layouts that name fields as forms of other years and cities do


def _label(field: str, layout: str, rng: random.Random) -> str:
    if layout in OTHER_WORDINGS and wild_words.OTHER.get(field) and rng.random() < 0.7:
        return rng.choice(wild_words.OTHER[field])
    return rng.choice(wild_words.COMMON[field])


def _value(field: str, value, date_style: str, rng: random.Random) -> str:
    if field in ("birth_date", "enrollment_date", "graduation_date", "update_date", "work_start"):
        day = dt.date.fromisoformat(value)
        return date_style.format(y=day.year, m=day.month, d=day.day)
    if field == "education_level":
        return rng.choice(wild_words.EDUCATION.get(value, [format_value(value, "education")]))
    if field == "class_type":
        return rng.choice(wild_words.CLASS[value])
    if field == "exam":
        return format_value(value, "exam")
    return str(value)


def document(kind: str, fields: dict, want: dict, layout: str, rng: random.Random, image: bool):
    """The page's drawing operations."""
    spec = layouts()[kind]
    data = printed_fields(kind, fields)
    title = rng.choice(wild_words.TITLES[kind]).format(exam_name=data["exam_name"], year=rng.randint(2019, 2025))
    shown = [f for _, f, _ in spec.get("above", []) + spec["rows"] if f in want]
    if kind == "application_form" and (data["exam_name"] not in title or rng.random() < 0.5):
        shown.insert(rng.randint(0, 2), "exam")
    date_style = rng.choice(wild_words.DATES)
    hand = image and kind == "application_form" and rng.random() < 0.7
    rows = [(_label(f, layout, rng), _value(f, want[f], date_style, rng), hand) for f in shown]
    for extra in rng.sample(wild_words.EXTRA, rng.randint(1, 3)):
        rows.insert(rng.randint(1, len(rows)), (*extra, False))
    size = rng.choice((26, 28, 30))
    ops, y = FAMILIES[layout](title, rows, rng, size)
    ops.insert(0, Ink("text", 620, 90, title, 44 if len(title) < 20 else 36, align="center"))
    y += 50
    for line in wild_words.FOOTERS.get(kind, []) + [date_style.format(y=2024, m=rng.randint(1, 12), d=rng.randint(1, 28))]:
        ops.append(Ink("text", 150, y, line, size))
        y += int(size * 2)
    if spec.get("seal") and data.get(spec["seal"]):
        wild_ink.stamp_over(ops, str(data[spec["seal"]]), y, rng)
    return ops


def make(kind: str, seed: int, how: str, fmt: str, layout: str):
    """(file bytes, suffix, expected kind, expected fields) like `corpus.make_sample`."""
    from tests.checks import corpus

    rng = random.Random(f"wild-{kind}-{seed}-{layout}-{how}-{fmt}")
    fields = corpus.random_fields(rng, kind)
    want_kind, want = corpus.truth(kind, fields)
    ops = document(kind, fields, want, layout, rng, image=fmt != "pdf")
    if fmt == "pdf":
        return text_pdf(ops, "wqy"), ".pdf", want_kind, want
    page = corpus.degrade(wild_ink.draw(ops, rng.choice(wild_ink.PAGE_FONTS), rng), how, rng)
    return (*corpus.encoded(page, how, fmt), want_kind, want)
