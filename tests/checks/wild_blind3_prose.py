"""The prose family: an A4 letter that writes its fields in running text. A letterhead (the issuer's
name over a rule), the title, on some a number line and a salutation, the opening sentence of the
kind with its fields inside it, the fields it leaves out in further sentences, on a declaration page
a short bordered table of a few fields, the closing words, the signature block (issuer, 盖章, an
office line) and the date line at the bottom, written in another form than the body's dates, with
the issuer's seal over it."""
from __future__ import annotations

import datetime as dt
import random
import string

from tests.checks import wild_blind3_words as words
from tests.checks.wild_blind2_paint import Mark, width

W, H, LEFT, RIGHT = 1240, 1754, 120, 1120
RED = (200, 30, 30)


def opening_fields(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


def _tokens(template: str, values: dict) -> list[tuple[str, bool]]:
    """The sentence as (text, atomic) parts: a number is never broken over two lines (a word
    processor keeps it whole), names and dates in words are."""
    out = []
    for text, name, _, _ in string.Formatter().parse(template):
        if text:
            out.append((text, False))
        if name:
            out.append((values[name], name in values.get("_fields", ()) and values[name].isascii()))
    return out


class Typist:
    """Sets paragraphs of tokens from LEFT to RIGHT, breaking between characters of plain text and
    before a value that does not fit; no line opens with a comma or a full stop."""

    def __init__(self, marks, y, size):
        self.marks, self.y, self.size, self.step = marks, y, size, int(size * 2.0)

    def paragraph(self, tokens, indent=True):
        x, line = LEFT + (2 * self.size if indent else 0), ""
        start = x
        for text, atomic in tokens:
            pieces = [text] if atomic else list(text)
            for piece in pieces:
                if line and start + width(line + piece, self.size) > RIGHT and piece not in "，。；：、）":
                    self._line(start, line)
                    start, line = LEFT, ""
                line += piece
        if line:
            self._line(start, line)

    def _line(self, x, text):
        self.marks.append(Mark("text", x, self.y, text, self.size))
        self.y += self.step


def _sentences(kind, values, rng):
    """(opening template, further clause templates) covering every shown field."""
    shown = set(values["_fields"])
    fits = [t for t in words.OPENINGS[kind] if opening_fields(t) - {"today", "years", "job"} <= shown]
    opening = rng.choice(fits)
    rest = [f for f in values["_fields"] if f not in opening_fields(opening)]
    return opening, rest


def _table(marks, y, size, rows):
    """A bordered table of (label, value) pairs, two pairs a line; returns the bottom."""
    col = [LEFT, LEFT + 200, LEFT + 500, LEFT + 700, RIGHT]
    h = int(size * 2.2)
    lines = [rows[i:i + 2] for i in range(0, len(rows), 2)]
    for n, pair in enumerate(lines):
        top = y + n * h
        for k, row in enumerate(pair):
            lab, val = col[2 * k], col[2 * k + 1]
            label = row.label
            fs = size - 4
            while width(label, fs) > val - lab - 16 and fs > 14:
                fs -= 1
            marks.append(Mark("text", lab + 8, top + (h - fs) / 2, label, fs))
            vs = size - 2
            while width(row.value, vs) > col[2 * k + 2] - val - 16 and vs > 14:
                vs -= 1
            marks.append(Mark("text", val + 8, top + (h - vs) / 2, row.value, vs))
    bottom = y + len(lines) * h
    for n in range(len(lines) + 1):
        marks.append(Mark("line", LEFT, y + n * h, w=RIGHT - LEFT, colour=(20, 20, 20)))
    for x in col:
        marks.append(Mark("line", x, y, h=bottom - y, colour=(20, 20, 20)))
    return bottom


def prose(kind, title, values, data, rng: random.Random):
    """(marks, page size, field rows) of the letter."""
    from tests.checks import corpus
    from tests.checks.wild_blind3 import Row, format_date

    shown = list(values)
    size = rng.choice((26, 28, 30))
    marks: list[Mark] = []
    issuer_of = words.ISSUERS[kind]
    issuer = str(data.get(issuer_of, issuer_of)) if issuer_of in ("employer", "school") else issuer_of
    if issuer_of == "employer" and "employer" not in values:
        issuer = corpus.random_fields(rng, kind)["employer"]
    rows: list[Row] = []
    y = 70
    if rng.random() < 0.8:  # letterhead
        hs = 40 if len(issuer) < 16 else 34
        marks.append(Mark("text", W / 2, y, issuer, hs, align="center", colour=RED if rng.random() < 0.5 else (20, 20, 20)))
        y += hs + 24
        marks.append(Mark("fill", LEFT - 20, y, w=RIGHT - LEFT + 40, h=4, colour=RED))
        y += 50
    marks.append(Mark("text", W / 2, y, title, 44 if len(title) < 14 else 36, align="center"))
    y += 100
    vals = dict(values)
    if "report_no" in vals and rng.random() < 0.6:  # the number at the top right
        label = rng.choice(("编号：", "报告编号："))
        marks.append(Mark("text", RIGHT, y - 30, label + vals.pop("report_no"), size - 4, align="right"))
        rows.append(Row(label.rstrip("："), values["report_no"], "report_no"))
        y += 30
    if kind in ("work_proof", "exemption_proof", "application_form") and rng.random() < 0.6:
        marks.append(Mark("text", LEFT, y, rng.choice(words.SALUTATIONS), size))
        y += int(size * 2.2)
    table_fields = []
    if kind == "application_form":  # a declaration page: a few fields in a short table
        pool = [f for f in words.DECLARATION_TABLE if f in vals]
        table_fields = sorted(rng.sample(pool, min(len(pool), rng.randint(2, 4))), key=shown.index)
    vals["_fields"] = [f for f in shown if f in vals and f not in table_fields]
    opening, rest = _sentences(kind, vals, rng)
    until = rng.choice(("{y}年{m}月{d}日", "{y}年{m}月"))  # 截至 a day, or a month (its first day)
    today = dt.date(rng.randint(2024, 2025), rng.randint(1, 12), rng.randint(1, 28) if "{d}" in until else 1)
    start = dt.date.fromisoformat(str(data.get("work_start") or f"{today.year - 5}-01-01"))
    years = today.year - start.year - ((today.month, today.day) < (start.month, start.day))
    extra = {"today": format_date(today, until), "years": str(max(years, 1)),
             "job": rng.choice(words.JOBS)}
    typist = Typist(marks, y, size)
    typist.paragraph(_tokens(opening, {**vals, **extra}))
    rows += [Row(None, values[f], f) for f in shown if f in opening_fields(opening)]
    if rest:
        rng.shuffle(rest)
        subject = rng.choice(words.SUBJECTS.get(kind, words.SUBJECT))
        clauses = []
        for f in rest:
            clauses.append((rng.choice(words.CLAUSES[f]), f))
            rows.append(Row(None, values[f], f))
        tokens = [(subject, False)]
        for n, (clause, f) in enumerate(clauses):
            before, _, after = clause.partition("{v}")
            tokens += [(before, False), (values[f], values[f].isascii()), (after + ("。" if n == len(clauses) - 1 else "，"), False)]
        typist.paragraph(tokens)
    if rng.random() < 0.5:
        typist.paragraph([(rng.choice(words.REMARKS.get(kind, words.REMARK)), False)])
    if "verification_code" in values:
        typist.paragraph([("可登录学信网（www.chsi.com.cn）输入在线验证码查询核实。", False)])
    y = typist.y + 20
    if table_fields:
        trows = [Row(words.TABLE_WORDS[f], values[f], f) for f in table_fields]
        y = _table(marks, y, size, trows) + 40
        rows += trows
    typist.y = y
    for line in words.ENDINGS.get(kind, words.ENDING):
        typist.paragraph([(line, False)])
    y = typist.y + 60
    person = corpus.random_person(rng)["name"]
    if kind in words.SIGN_WORDS and "name" in values:
        marks.append(Mark("text", 640, y, rng.choice(words.SIGN_WORDS[kind]).format(name=values["name"]), size))
        y += int(size * 2.2)
    sign = [issuer, "（盖章）"] if rng.random() < 0.5 else [f"{issuer}（盖章）"]
    for line in sign:
        fs = size
        while 640 + width(line, fs) > RIGHT + 40 and fs > 16:
            fs -= 1
        marks.append(Mark("text", 640, y, line, fs))
        y += int(size * 2.0)
    seal_y = y - int(size * 2.0)
    day = dt.date(rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28))
    marks.append(Mark("text", 640, y, format_date(day, rng.choice(("cn", "{y}年{m}月{d}日", "{y}年{m:02d}月{d:02d}日"))), size))
    y += int(size * 2.4)
    if kind in ("work_proof", "exemption_proof") and rng.random() < 0.7:
        office = rng.choice(words.OFFICE).format(person=person, tel=rng.randint(80000000, 89999999))
        marks.append(Mark("text", LEFT, min(y + 40, H - 100), office, size - 4))
    marks.append(Mark("seal", rng.uniform(760, 940), min(max(seal_y, 400), H - 180), issuer))
    return marks, (W, H), rows
