"""Page layouts of the generalisation corpus, written independently of the templates' sample layout:
each turns (title, rows) into drawing operations on a 1240x1754 page. Rows are (label, value, hand)
with `hand` set for a value filled in by hand. Families: label:value lines, a bordered table with
merged cells (labels letter-spaced on some) and a label-over-value block, two borderless columns, label-over-value cards, and a
three-pair table of another city's form with letter-spaced labels."""
from __future__ import annotations

from dataclasses import dataclass

from portal.docgen.fonts import pil_font
from portal.docgen.plan import Op

W, LEFT, RIGHT, TOP = 1240, 80, 1160, 200


@dataclass
class Ink(Op):
    hand: bool = False
    colour: tuple = (20, 20, 20)


def width(text: str, size: int) -> float:
    return pil_font("wqy", size).getlength(text)


def _cell_text(ops, x, y, w, h, text, size, hand=False, center=False):
    while size > 16 and width(text, size) > w - 16:
        size -= 2
    tx = x + (w - width(text, size)) / 2 if center else x + 10
    ops.append(Ink("text", tx, y + (h - size) / 2 - 2, text, size, hand=hand))


def _box(ops, x, y, w, h):
    ops.append(Ink("rect", x, y, w=w, h=h))


def colon(title, rows, rng, size):
    ops, y, sep = [], TOP, rng.choice(("：", ":", "： "))
    for label, value, hand in rows:
        head = f"{label}{sep}"
        ops.append(Ink("text", LEFT + 60, y, head, size))
        ops.append(Ink("text", LEFT + 60 + width(head, size) + 4, y, value, size, hand=hand))
        y += int(size * 2.1)
    return ops, y


def grid(title, rows, rng, size):
    """Four columns; a long value spans three (merged cells); the first rows' right edge is a merged
    photo cell; the last up-to-three date/code rows become a label-over-value block."""
    ops, y, h = [], TOP, int(size * 2.2)
    _box(ops, LEFT, y, RIGHT - LEFT, h)
    _cell_text(ops, LEFT, y, RIGHT - LEFT, h, rng.choice(("基本信息", "个人信息", "信息")), size, center=True)
    y += h
    block = [r for r in rows if any(c.isdigit() for c in r[1]) and len(r[1]) <= 12][-3:]
    rest = [r for r in rows if r not in block]
    photo, spaced = rng.random() < 0.5, rng.random() < 0.4
    rest = [(" ".join(lab) if spaced and len(lab) <= 3 else lab, v, hd) for lab, v, hd in rest]
    cols = [180, 300, 180, 270] if photo else [190, 350, 190, 350]
    i, line = 0, 0
    while i < len(rest):
        right = RIGHT - (150 if photo and line < 3 else 0)
        pair = [rest[i]]
        if len(rest[i][1]) <= 11 and i + 1 < len(rest) and len(rest[i + 1][1]) <= 11:
            pair.append(rest[i + 1])
        x = LEFT
        for n, (label, value, hand) in enumerate(pair):
            vw = (right - x - cols[0]) if len(pair) == 1 or n == 1 else cols[1]
            _box(ops, x, y, cols[0], h)
            _cell_text(ops, x, y, cols[0], h, label, size, center=True)
            _box(ops, x + cols[0], y, vw, h)
            _cell_text(ops, x + cols[0], y, vw, h, value, size, hand)
            x += cols[0] + vw
        i, line, y = i + len(pair), line + 1, y + h
        if photo and line == 3:
            _box(ops, RIGHT - 150, y - 3 * h, 150, 3 * h)
            _cell_text(ops, RIGHT - 150, y - 3 * h, 150, 3 * h, "照片", size, center=True)
    if block:
        cw = (RIGHT - LEFT) / len(block)
        for row_y, part in ((y, 0), (y + h, 1)):
            for n, r in enumerate(block):
                _box(ops, LEFT + n * cw, row_y, cw, h)
                _cell_text(ops, LEFT + n * cw, row_y, cw, h, r[part], size, r[2] and part == 1, center=True)
        y += 2 * h
    return ops, y


def twocol(title, rows, rng, size):
    ops, y, lab = [], TOP, max(width(r[0], size) for r in rows) + 50
    half = (RIGHT - LEFT) / 2
    i = 0
    while i < len(rows):
        pair = [rows[i]] if len(rows[i][1]) > 13 else rows[i:i + 2]
        if len(pair) == 2 and len(pair[1][1]) > 13:
            pair = pair[:1]
        for n, (label, value, hand) in enumerate(pair):
            x = LEFT + 40 + n * half
            ops.append(Ink("text", x, y, label, size, colour=(60, 60, 60)))
            ops.append(Ink("text", x + lab, y, value, size, hand=hand))
        i, y = i + len(pair), y + int(size * 2.2)
    return ops, y


def cards(title, rows, rng, size):
    ops, y, per = [], TOP, rng.choice((2, 3))
    cw, h = (RIGHT - LEFT) / per, int(size * 3.4)
    framed = rng.random() < 0.5
    i = 0
    while i < len(rows):
        group = [rows[i]] if len(rows[i][1]) > 24 // per * 2 else rows[i:i + per]
        group = group[:next((k for k, r in enumerate(group) if k and len(r[1]) > 24 // per * 2), len(group))]
        for n, (label, value, hand) in enumerate(group):
            x = LEFT + n * cw
            if framed:
                _box(ops, x, y, cw * (per if len(group) == 1 else 1), h)
            ops.append(Ink("text", x + 14, y + 8, label, int(size * 0.75), colour=(90, 90, 90)))
            ops.append(Ink("text", x + 14, y + 12 + size, value, size, hand=hand))
        i, y = i + len(group), y + h + 10
    return ops, y


def city(title, rows, rng, size):
    """Another city's form: three pairs a row, labels letter-spaced, long values merged across."""
    ops, y, h = [], TOP + 50, int(size * 2.3)
    ops.append(Ink("text", W / 2, TOP - 10, rng.choice(("（株洲市人力资源考试院制）", "（湘潭市·2019年版）",
                                                    "（岳阳市人事考试中心印制）")), size - 4, align="center"))
    lab, val = 150, (RIGHT - LEFT) / 3 - 150
    i = 0
    while i < len(rows):
        take = 1
        while len(rows[i][1]) <= 8 and take < 3 and i + take < len(rows) and len(rows[i + take][1]) <= 8:
            take += 1
        x = LEFT
        for n, (label, value, hand) in enumerate(rows[i:i + take]):
            spaced = " ".join(label) if len(label) <= 3 else label
            vw = RIGHT - x - lab if n == take - 1 else val
            _box(ops, x, y, lab, h)
            _cell_text(ops, x, y, lab, h, spaced, size - 2, center=True)
            _box(ops, x + lab, y, vw, h)
            _cell_text(ops, x + lab, y, vw, h, value, size, hand)
            x += lab + vw
        i, y = i + take, y + h
    return ops, y


FAMILIES = {"colon": colon, "grid": grid, "twocol": twocol, "cards": cards, "city": city}
