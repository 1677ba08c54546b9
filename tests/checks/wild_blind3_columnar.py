"""The columnar family: a single-record export (报名信息, 社保缴费明细, 学籍 query result), mostly on a
landscape page. The title, a line naming the office or data source, then the record table: column
headers in a top row (wrapped onto two or three lines where the column is narrow, on some pages a
band above grouping them) and the record's values in the row beneath; when the columns do not fit
the width, a second band of headers and values below the first. On some kinds a second table
(work history, payments, study history) whose rows are not the record's fields. A footer with the
print time and the page number; an office's seal on some."""
from __future__ import annotations

import datetime as dt
import random

from tests.checks import wild_blind3_words as words
from tests.checks.wild_blind2_paint import Mark, width

MARGIN = 60
INK, GRID, SHADE = (20, 20, 20), (60, 60, 60), (225, 229, 236)


def wrap(text: str, size: int, room: float) -> list[str]:
    lines, line = [], ""
    for ch in text:
        if line and width(line + ch, size) > room:
            lines.append(line)
            line = ""
        line += ch
    return lines + [line] if line or not lines else lines


def _columns(kind, values, rng):
    """(header, value, field) of the record's columns: contract fields in export order and a few others."""
    other = words.STUDY_ONLY if kind in words.WORK_KINDS else words.WORK_ONLY
    cols = [(rng.choice([w for w in words.COLUMN_WORDS[f] if w not in other]), v, f) for f, v in values.items()]
    n = rng.randint(10**7, 10**8 - 1)
    pool = [(h, v.format(n=n)) for h, v in words.EXTRA_COLUMNS if h != "序号"]
    for header, value in rng.sample(pool, rng.randint(1, 3)):
        cols.insert(rng.randint(1, len(cols)), (header, value, None))
    if rng.random() < 0.5:
        cols.insert(0, ("序号", "1", None))
    return cols


def _widths(cols, size, rng):
    """Each column's width and its value's lines: as wide as the value (a long name wraps onto two
    lines on some pages), the header wrapping when it is wider than that."""
    out = []
    for header, value, field in cols:
        vw = width(value, size) + 24
        lines = [value]
        if field in ("school", "employer", "major") and vw > 260 and rng.random() < 0.4:
            half = (len(value) + 1) // 2
            lines = [value[:half], value[half:]]
            vw = max(width(line, size) for line in lines) + 24
        least = rng.choice((64, 80, 100))
        out.append((max(vw, min(width(header, size) + 24, max(least, vw))), lines))
    return out


def _bands(cols, sizes, room):
    bands, band, used = [], [], 0.0
    for col, (w, lines) in zip(cols, sizes):
        if band and used + w > room:
            bands.append(band)
            band, used = [], 0.0
        band.append((col, w, lines))
        used += w
    return bands + [band]


def _group_of(field, last):
    return next((g for g, fs in words.GROUPS.items() if field in fs), last)


def _band(marks, band, x0, room, y, size, grouped, shade, align, rows):
    """One band: the group row (optional), the header row, the value row; returns the bottom."""
    from tests.checks.wild_blind3 import Row

    scale = room / sum(w for _, w, _ in band)
    xs = [x0]
    for _, w, _ in band:
        xs.append(xs[-1] + w * scale)
    line_h = int(size * 1.35)
    top = y
    if grouped:  # a band above naming groups of columns
        gh = line_h + 16
        last, runs = "基本信息", []
        for n, ((_, _, field), _, _) in enumerate(band):
            last = _group_of(field, last) if field else last
            if runs and runs[-1][0] == last:
                runs[-1][2] = n + 1
            else:
                runs.append([last, n, n + 1])
        if shade:
            marks.append(Mark("fill", xs[0], y, w=xs[-1] - xs[0], h=gh, colour=SHADE))
        for name, a, b in runs:
            marks.append(Mark("text", (xs[a] + xs[b]) / 2, y + 8, name, size, align="center"))
            marks.append(Mark("line", xs[a], y, h=gh, colour=GRID))
        marks.append(Mark("line", xs[0], y, w=xs[-1] - xs[0], colour=GRID))
        y += gh
    heads = [wrap(h, size, xs[n + 1] - xs[n] - 12) for n, ((h, _, _), _, _) in enumerate(band)]
    hh = max(len(h) for h in heads) * line_h + 16
    if shade:
        marks.append(Mark("fill", xs[0], y, w=xs[-1] - xs[0], h=hh, colour=SHADE))
    for n, lines in enumerate(heads):
        cy = y + (hh - len(lines) * line_h) / 2 + 2
        for k, line in enumerate(lines):
            marks.append(Mark("text", (xs[n] + xs[n + 1]) / 2, cy + k * line_h, line, size, align="center"))
    marks.append(Mark("line", xs[0], y, w=xs[-1] - xs[0], colour=GRID))
    y += hh
    vh = max(len(lines) for _, _, lines in band) * line_h + 18
    for n, ((header, value, field), _, lines) in enumerate(band):
        cy = y + (vh - len(lines) * line_h) / 2 + 2
        for k, line in enumerate(lines):
            x = (xs[n] + xs[n + 1]) / 2 if align == "center" else xs[n] + 10
            marks.append(Mark("text", x, cy + k * line_h, line, size, align=align))
        if field:
            rows.append(Row(header, value, field, lines if len(lines) > 1 else []))
    marks.append(Mark("line", xs[0], y, w=xs[-1] - xs[0], colour=GRID))
    y += vh
    marks.append(Mark("line", xs[0], y, w=xs[-1] - xs[0], colour=GRID))
    for x in xs:
        marks.append(Mark("line", x, top + (line_h + 16 if grouped else 0), h=y - top - (line_h + 16 if grouped else 0),
                          colour=GRID))
    if grouped:
        marks.append(Mark("line", xs[-1], top, h=line_h + 16, colour=GRID))
    return y


def _history(kind, values, rng):
    """(caption, headers, rows) of a second table whose rows are not the record's fields, or None."""
    from tests.checks import corpus

    if kind not in words.HISTORY_OF or rng.random() < 0.25:
        return None
    caption, headers = words.HISTORY[rng.choice(words.HISTORY_OF[kind])]
    others = [e for e in corpus.EMPLOYERS if e != values.get("employer")]
    year = rng.randint(2008, 2016)
    rows = []
    for n in range(rng.randint(2, 4)):
        if caption == "缴费明细":
            month = dt.date(2024, 1, 1) + dt.timedelta(days=31 * n)
            rows.append((f"{month:%Y-%m}", values.get("employer", rng.choice(others)),
                         f"{rng.randint(3500, 12000):,}.00", "1"))
        elif caption == "学习经历":
            a = year + 3 * n
            rows.append((f"{a}.09—{a + 3}.06", rng.choice(corpus.SCHOOLS), rng.choice(words.POSTS[-3:])))
        else:
            a, b = year + 3 * n, year + 3 * n + rng.randint(1, 3)
            rows.append((f"{a}.{rng.randint(1, 12):02d}—{b}.{rng.randint(1, 12):02d}", rng.choice(others),
                         rng.choice(words.POSTS[:-3])))
    return caption, headers, rows


def _plain_table(marks, caption, headers, rows, x0, room, y, size, shade):
    line_h = int(size * 1.35) + 16
    marks.append(Mark("text", x0, y, caption, size + 2))
    y += line_h
    cells = [headers] + list(rows)
    need = [max(width(str(r[k]), size) for r in cells) + 30 for k in range(len(headers))]
    scale = room / sum(need)
    xs = [x0]
    for w in need:
        xs.append(xs[-1] + w * scale)
    top = y
    if shade:
        marks.append(Mark("fill", xs[0], y, w=room, h=line_h, colour=SHADE))
    for r in cells:
        for k, text in enumerate(r):
            marks.append(Mark("text", (xs[k] + xs[k + 1]) / 2, y + 8, str(text), size, align="center"))
        marks.append(Mark("line", xs[0], y, w=room, colour=GRID))
        y += line_h
    marks.append(Mark("line", xs[0], y, w=room, colour=GRID))
    for x in xs:
        marks.append(Mark("line", x, top, h=y - top, colour=GRID))
    return y


def columnar(kind, title, values, rng: random.Random):
    """(marks, page size, field rows) of the export."""
    landscape = rng.random() < 0.75
    W, H = (1754, 1240) if landscape else (1240, 1754)
    size = rng.choice((20, 22, 24)) if landscape else rng.choice((18, 20))
    room = W - 2 * MARGIN
    marks: list[Mark] = []
    ts = 40 if width(title, 40) < room else 30
    marks.append(Mark("text", W / 2, 50, title, ts, align="center"))
    y = 50 + ts + 30
    stamp = dt.datetime(rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28), rng.randint(8, 18),
                        rng.randint(0, 59), rng.randint(0, 59))
    head = rng.choice(words.HEADS).format(office=rng.choice(words.OFFICES), source=rng.choice(words.SOURCES))
    marks.append(Mark("text", MARGIN, y, head, size))
    if rng.random() < 0.5:
        marks.append(Mark("text", W - MARGIN, y, f"查询日期：{stamp:%Y-%m-%d}", size, align="right"))
    y += int(size * 2.2)
    cols = _columns(kind, values, rng)
    bands = _bands(cols, _widths(cols, size, rng), room)
    grouped, shade = rng.random() < 0.5, rng.random() < 0.6
    align = rng.choice(("center", "center", "left"))  # values centred in their cells or flush left
    rows = []
    for band in bands:
        y = _band(marks, band, MARGIN, room, y, size, grouped, shade, align, rows) + 24
    history = _history(kind, values, rng)
    if history:
        y = _plain_table(marks, *history, MARGIN, room, y + 20, size, shade) + 20
    if rng.random() < 0.4:
        seal_text = rng.choice(words.OFFICES)
        marks.append(Mark("seal", W - MARGIN - 200, min(y + 40, H - 220), seal_text))
    footer = rng.choice(words.FOOTERS).format(stamp=f"{stamp:%Y-%m-%d %H:%M:%S}")
    marks.append(Mark("text", MARGIN, H - 60, footer, size - 2))
    page = rng.choice(("第 1 页 / 共 1 页", "第1页 共1页", "1/1"))
    marks.append(Mark("text", W - MARGIN, H - 60, page, size - 2, align="right"))
    return marks, (W, H), rows
