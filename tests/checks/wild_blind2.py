"""Second blind families of the generalisation corpus (`corpus.BLIND2`: held out in session 19, tuned
since session 20): the contract fields of a kind as
- mobile (`wild_blind2_mobile`): a phone screenshot of the document as the 学信网 app, 掌上12333 /
  湘易办 or 中国人事考试网 show it (narrow tall page, status and title bars, rounded cards, label over
  value or label left / value right-aligned);
- fillin (`wild_blind2_fillin`): an A4 letter or form with underlined blanks and dotted leaders,
  the values filled in by pen (or typed off the blanks), stamped over the text.
Written without looking at the extraction templates nor running the extractor on these pages, so
that accuracy on them says how the extractor does on layouts nobody adjusted it for. Ground truth
as in `corpus.truth`."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from portal.docgen.values import format_value, printed_fields
from tests.checks import wild_blind2_paint as paint
from tests.checks import wild_blind2_words as words

DATE_FIELDS = ("birth_date", "enrollment_date", "graduation_date", "update_date", "work_start")
# the order fields are shown in, person first
ORDER = ("name", "gender", "birth_date", "id_number", "phone", "employer", "work_start", "exam", "school", "major",
         "education_level", "study_type", "class_type", "enrollment_date", "graduation_date", "certificate_no",
         "report_no", "update_date", "verification_code")
PAGE_FONTS = {"mobile": ("noto-sans", "wqy", "noto-sans-bold"), "fillin": ("noto-serif", "noto-serif", "wqy", "noto-sans")}


@dataclass
class Row:
    label: str | None  # None: the value stands in a sentence of a letter
    value: str  # as printed (a date in a letter: its parts and the words between them)
    field: str | None = None
    hand: bool = False


def cn_date(day: dt.date) -> str:
    """二〇一九年六月三十日, as diplomas and letters print dates."""
    def num(n: int) -> str:
        tens, ones = divmod(n, 10)
        return ("" if tens < 2 else words.CN_DIGITS[tens]) + ("十" if tens else "") + (words.CN_DIGITS[ones] if ones else "")
    return "".join(words.CN_DIGITS[int(c)] for c in str(day.year)) + f"年{num(day.month)}月{num(day.day)}日"


def printed_value(field: str, value, date_style: str, rng: random.Random, grouped: bool = False) -> str:
    if field in DATE_FIELDS:
        day = dt.date.fromisoformat(value)
        return cn_date(day) if date_style == "cn" else date_style.format(y=day.year, m=day.month, d=day.day)
    if field == "education_level":
        return rng.choice(words.EDUCATION[value])
    if field == "class_type":
        return rng.choice(words.CLASS[value])
    if field == "exam":
        return format_value(value, "exam")
    if field == "certificate_no" and grouped:  # 学信档案 shows it in groups of four
        return " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    return str(value)


def rows_of(kind: str, want: dict, family: str, title: str, rng: random.Random, image: bool) -> list[Row]:
    """The document's field rows in a printed order (extra rows are added by the family)."""
    table = words.MOBILE_WORDS if family == "mobile" else words.FILLIN_WORDS
    dates = words.MOBILE_DATES if family == "mobile" else words.FILLIN_DATES
    date_style = "cn" if kind == "diploma" and family == "fillin" and rng.random() < 0.6 else rng.choice(dates)
    grouped = family == "mobile" and words.APP_OF[kind] == "chsi" and rng.random() < 0.4
    hand = image and family == "fillin" and kind in words.FILLED
    shown = sorted(want, key=ORDER.index)
    if kind == "application_form" and format_value(want["exam"], "exam") in title and rng.random() < 0.5:
        shown.remove("exam")  # named by the title only
    own = words.APP_WORDS.get(words.APP_OF[kind], {}) if family == "mobile" else {}
    if family == "fillin" and kind not in words.FILLED:
        table = {f: [w for w in ws if w not in words.PERSON_WORDS] for f, ws in table.items()}
    return [Row(rng.choice(own[f] if f in own and rng.random() < 0.5 else table[f]),
                printed_value(f, want[f], date_style, rng, grouped), f, hand) for f in shown]


def compose(kind: str, seed: int, how: str, fmt: str, family: str):
    """(marks, page size, expected kind, expected fields, field rows) of one document."""
    from tests.checks import corpus
    from tests.checks.wild_blind2_fillin import fillin
    from tests.checks.wild_blind2_mobile import mobile

    rng = random.Random(f"blind2-{kind}-{seed}-{family}-{how}-{fmt}")
    fields = corpus.random_fields(rng, kind)
    want_kind, want = corpus.truth(kind, fields)
    data = printed_fields(kind, fields)
    year = rng.randint(2019, 2025)
    if family == "mobile":
        nav, heading = rng.choice(words.MOBILE_TITLES[kind])
        title = heading.format(exam_name=data["exam_name"], year=year)
    else:
        nav, title = None, rng.choice(words.FILLIN_TITLES[kind]).format(exam_name=data["exam_name"], year=year)
    rows = rows_of(kind, want, family, title, rng, image=fmt != "pdf")
    if family == "mobile":
        marks, size = mobile(kind, nav, title, rows, want, rng)
    else:
        seal = words.SEALS.get(kind)
        issuer = str(data.get(seal, seal)) if seal else None
        marks, size = fillin(kind, title, rows, issuer, rng)
    return marks, size, want_kind, want, rows


def make(kind: str, seed: int, how: str, fmt: str, layout: str):
    """(file bytes, suffix, expected kind, expected fields) like `corpus.make_sample`."""
    from tests.checks import corpus

    marks, size, want_kind, want, _ = compose(kind, seed, how, fmt, layout)
    if fmt == "pdf":
        return paint.text_pdf(marks, size), ".pdf", want_kind, want
    rng = random.Random(f"blind2-ink-{kind}-{seed}-{layout}-{how}")
    page = corpus.degrade(paint.draw(marks, size, rng.choice(PAGE_FONTS[layout]), rng), how, rng)
    return (*corpus.encoded(page, how, fmt), want_kind, want)
