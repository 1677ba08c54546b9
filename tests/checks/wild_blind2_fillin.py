"""The fillin family: an A4 letter or form printed with blanks and filled in afterwards: an opening
sentence with underlined blanks ("兹证明____同志", a date as ____年__月__日), the other fields as
lines with dotted leaders (姓名……张三), underlined blanks after the label, or two short blanks a
line; values by pen on forms a person fills in (ink, jitter, tilt; in the PDF blue text), typed
slightly off the blank on issued ones; closing lines, a filled-in date and the issuer's seal (or an
archive's copy stamp) over the text."""
from __future__ import annotations

import random
import re

from tests.checks import wild_blind2_words as words
from tests.checks.wild_blind2_paint import Mark, width

W, H, LEFT, RIGHT = 1240, 1754, 110, 1130
INK = (20, 20, 20)


class Pen:
    """Writes lines of printed words and filled blanks from LEFT to RIGHT, wrapping between parts."""

    def __init__(self, marks, y, size, hand, rng):
        self.marks, self.y, self.size, self.hand, self.rng = marks, y, size, hand, rng
        self.x, self.step = LEFT + 2 * size, int(size * 2.2)

    def newline(self, indent=0):
        self.x, self.y = LEFT + indent, self.y + self.step

    def words(self, text):
        for part in re.findall(r"[^，。；：、（）]*[，。；：、（）]?", text):
            if part:
                self._put(part)

    def _put(self, part):
        if self.x + width(part, self.size) > RIGHT and part not in "，。；：、）":  # no line opens with a comma
            self.newline()
        self.marks.append(Mark("text", self.x, self.y, part, self.size))
        self.x += width(part, self.size)

    def blank(self, value, least=90):
        room = max(width(value, self.size) * (1.2 if self.hand else 1) + 40, least)
        if self.x + room > RIGHT:
            self.newline()
        self.fill(self.x, self.y, room, value)
        self.x += room

    def fill(self, x, y, room, value, line=True):
        """A blank of `room` px at (x, y), underlined or after a leader, with the value written on it."""
        if line:
            self.marks.append(Mark("line", x, y + self.size + 8, w=room, colour=INK))
        if self.hand:
            self.marks.append(Mark("text", x + room / 2, y - 2, value, self.size + 2, align="center", hand=True))
        else:  # typed by a printer that is not quite aligned with the form
            dx, dy = self.rng.uniform(-12, 12), self.rng.uniform(-7, 3)
            self.marks.append(Mark("text", x + room / 2 + dx, y + dy, value, self.size, align="center"))

    def date(self, value):
        """A printed date in the sentence, each number in its own blank when the date has 年月日."""
        if "年" not in value or not value[0].isdigit():
            return self.blank(value)
        for part in re.findall(r"\d+|\D+", value.replace(" ", "")):
            if part.isdigit():
                self.blank(part, least=70 if len(part) < 4 else 110)
            else:
                self._put(part)


def _letter(pen, kind, rows, rng):
    """The opening sentence with the fields it names as blanks; returns the rows it used."""
    by_field = {r.field: r for r in rows}
    parts = rng.choice(words.LETTERS[kind])
    used = []
    for part in parts:
        if not part.startswith("@"):
            pen.words(part)
        elif (row := by_field.get(part[1:])) is None:
            pen.blank("", least=160)  # a blank the form has and this document leaves empty
        else:
            row.label = None
            used.append(row)
            pen.date(row.value) if part[1:] in _dates() else pen.blank(row.value)
    return used


def _dates():
    from tests.checks.wild_blind2 import DATE_FIELDS

    return DATE_FIELDS


def _lines(marks, pen, rows, style, size, rng):
    """The remaining rows as form lines in the document's style; returns the bottom."""
    col = LEFT + 60 + max([width(r.label, size) for r in rows] + [200]) + 40
    leader = rng.choice(("…", "…", "·", "．"))
    i = 0
    while i < len(rows):
        row, y = rows[i], pen.y
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        pair = [(r, max(230, width(r.value, size) * 1.2 + 40)) for r in (row, nxt) if r]
        if style == "pairs" and nxt and LEFT + 40 + sum(width(r.label + "：", size) + room + 60 for r, room in pair) <= RIGHT:
            x = LEFT + 40
            for r, room in pair:
                marks.append(Mark("text", x, y, r.label + "：", size))
                x += width(r.label + "：", size)
                pen.fill(x, y, room, r.value)
                x += room + 60
            i += 2
        else:
            marks.append(Mark("text", LEFT + 40, y, row.label, size))
            if style == "leader":
                start = LEFT + 40 + width(row.label, size) + 6
                dots = leader * max(2, int((col - start - 10) / width(leader, size)))
                marks.append(Mark("text", start, y, dots, size))
                pen.fill(col, y, min(RIGHT - col, width(row.value, size) + 60), row.value, line=False)
            else:
                marks.append(Mark("text", LEFT + 40 + width(row.label, size), y, "：", size))
                pen.fill(col, y, RIGHT - col, row.value)
            i += 1
        pen.y += pen.step
    return pen.y


def fillin(kind, title, rows, issuer, rng: random.Random):
    """(marks, page size) of the filled-in page."""
    from tests.checks import corpus
    from tests.checks.wild_blind2 import Row

    size = rng.choice((28, 30))
    hand = any(r.hand for r in rows)
    marks = [Mark("text", W / 2, 100, title, 46 if len(title) < 16 else 38, align="center")]
    if rng.random() < 0.6:
        marks.append(Mark("text", RIGHT, 190, f"编号：{rng.randint(2019, 2025)}-{rng.randint(1, 9999):04d}", size - 6,
                          align="right"))
    pen = Pen(marks, 250, size, hand, rng)
    rows = list(rows)
    used = _letter(pen, kind, rows, rng) if kind in words.LETTERS else []
    rest = [r for r in rows if r not in used]
    pen.newline()
    pen.y += 20 if used else 0
    if rest:
        person = corpus.random_person(rng)["name"]
        extras = [(label, value.format(person=person)) for label, value in words.FILLIN_EXTRA]
        for label, value in rng.sample(extras, rng.randint(1, 2)):
            rest.insert(rng.randint(1, len(rest)), Row(label, value, None, hand))
        y = _lines(marks, pen, rest, rng.choice(("leader", "underline", "pairs")), size, rng)
    else:
        y = pen.y
    y += 30
    for n, line in enumerate(words.CLOSINGS.get(kind, [])):
        x = LEFT + 2 * size if n == 0 else 640
        marks.append(Mark("text", x, y, line, size))
        y += int(size * 2.2)
    stamp = issuer
    if issuer is None:
        stamp = rng.choice(words.ARCHIVE)
        marks.append(Mark("text", 640, y, words.COPY_NOTE, size))
        y += int(size * 2.2)
    pen.x, pen.y = 700, y
    day = f"{rng.randint(2023, 2025)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    pen.date(day)
    seal_y = min(max(y - rng.uniform(20, 120), 420), H - 160)
    marks.append(Mark("seal", rng.uniform(760, 960), seal_y, stamp))
    return marks, (W, H)
