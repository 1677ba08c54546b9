"""Third held-out families of the generalisation corpus (`corpus.HELD_OUT_LAYOUTS`): the contract
fields of a kind as
- prose (`wild_blind3_prose`): a letter on letterhead that writes the fields in running sentences
  (兹有我单位职工…自…起…特此证明), a 学历 statement, or an 报名 declaration with a few fields in a short
  table, signed and stamped, with the date line at the bottom;
- columnar (`wild_blind3_columnar`): a single-record export whose labels are column headers (one or
  two header bands, headers wrapped onto two lines) with the values in the row beneath, usually on a
  landscape page, a print-time and page-number footer and on some a second table (work history,
  payments) whose rows are not the record's fields.
Written without looking at the extraction templates nor running the extractor on these pages, so
that accuracy on them says how the extractor does on layouts nobody adjusted it for. Ground truth
as in `corpus.truth`."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from dataclasses import field as _field

from portal.docgen.values import format_value, printed_fields
from tests.checks import wild_blind2_paint as paint
from tests.checks import wild_blind3_words as words

DATE_FIELDS = ("birth_date", "enrollment_date", "graduation_date", "update_date", "work_start")
ORDER = ("name", "gender", "birth_date", "id_number", "phone", "employer", "work_start", "exam", "school", "major",
         "education_level", "study_type", "class_type", "enrollment_date", "graduation_date", "certificate_no",
         "report_no", "update_date", "verification_code")
FAMILIES = ("prose", "columnar")
PAGE_FONTS = {"prose": ("noto-serif", "noto-serif", "wqy", "noto-sans"), "columnar": ("noto-sans", "wqy", "noto-sans")}
CN_DIGITS = "〇一二三四五六七八九"


@dataclass
class Row:
    label: str | None  # None: the value stands in a sentence
    value: str  # as printed
    field: str | None = None
    lines: list[str] = _field(default_factory=list)  # a value printed over several lines, line by line


def cn_date(day: dt.date) -> str:
    """二〇一九年六月三十日."""
    def num(n: int) -> str:
        tens, ones = divmod(n, 10)
        return ("" if tens < 2 else CN_DIGITS[tens]) + ("十" if tens else "") + (CN_DIGITS[ones] if ones else "")
    return "".join(CN_DIGITS[int(c)] for c in str(day.year)) + f"年{num(day.month)}月{num(day.day)}日"


def format_date(day: dt.date, style: str) -> str:
    return cn_date(day) if style == "cn" else style.format(y=day.year, m=day.month, d=day.day)


def printed_value(field: str, value, date_style: str, rng: random.Random) -> str:
    if field in DATE_FIELDS:
        return format_date(dt.date.fromisoformat(value), date_style)
    if field == "education_level":
        return rng.choice(words.EDUCATION[value])
    if field == "class_type":
        return rng.choice(words.CLASS[value])
    if field == "exam":
        return format_value(value, "exam")
    return str(value)


def compose(kind: str, seed: int, how: str, fmt: str, family: str):
    """(marks, page size, expected kind, expected fields, field rows) of one document."""
    from tests.checks import corpus
    from tests.checks.wild_blind3_columnar import columnar
    from tests.checks.wild_blind3_prose import prose

    rng = random.Random(f"blind3-{kind}-{seed}-{family}-{how}-{fmt}")
    fields = corpus.random_fields(rng, kind)
    want_kind, want = corpus.truth(kind, fields)
    data = printed_fields(kind, fields)
    year = rng.randint(2019, 2025)
    dates = words.PROSE_DATES if family == "prose" else words.COLUMN_DATES
    date_style = rng.choice(dates)
    shown = sorted(want, key=ORDER.index)
    values = {f: printed_value(f, want[f], date_style, rng) for f in shown}
    if family == "prose":
        title = rng.choice(words.PROSE_TITLES[kind]).format(exam_name=data["exam_name"], year=year)
        marks, size, rows = prose(kind, title, values, data, rng)
    else:
        title = rng.choice(words.COLUMN_TITLES[kind]).format(exam_name=data["exam_name"], year=year)
        marks, size, rows = columnar(kind, title, values, rng)
    return marks, size, want_kind, want, rows


def make(kind: str, seed: int, how: str, fmt: str, layout: str):
    """(file bytes, suffix, expected kind, expected fields) like `corpus.make_sample`."""
    from tests.checks import corpus

    marks, size, want_kind, want, _ = compose(kind, seed, how, fmt, layout)
    if fmt == "pdf":
        return paint.text_pdf(marks, size), ".pdf", want_kind, want
    rng = random.Random(f"blind3-ink-{kind}-{seed}-{layout}-{how}")
    page = corpus.degrade(paint.draw(marks, size, rng.choice(PAGE_FONTS[layout]), rng), how, rng)
    return (*corpus.encoded(page, how, fmt), want_kind, want)
