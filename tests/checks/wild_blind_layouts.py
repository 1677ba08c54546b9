"""Held-out page layouts (A4 at 150 dpi, 1240x1754), each (kind, title, rows, date style, rng) ->
(drawing operations, bottom of the content):
- ledger: an official form: a two-row header block with a merged note row, section bars, tall cells
  with the label at the top and the value under it, a merged photo cell, tick boxes for closed
  vocabularies (the ticked option is the value);
- vertical (`wild_blind_vertical`): section names and some labels written top to bottom left of
  wide value cells, the other fields as horizontal label/value pairs;
- webprint (`wild_blind_web`): a web page printed from a browser."""
from __future__ import annotations

from tests.checks import wild_blind_words as words
from tests.checks.wild_blind_cells import GREY, LEFT, RIGHT, box, closing, label, sections, text, ticks, title_block
from tests.checks.wild_blind_vertical import vertical
from tests.checks.wild_blind_web import webprint

PHOTO_KINDS = ("application_form", "graduate_register", "chsi_record", "chsi_student_status", "tech_school_cert")


def ledger(kind, title, rows, date_style, rng):
    size = rng.choice((24, 26))
    ops, tall, h = [], int(size * 2.8), int(size * 1.9)
    title_block(ops, kind, title, date_style, rng, size)
    y, third = 190, (RIGHT - LEFT) / 3
    filled = kind in words.FILLED
    head = rng.sample(words.HEADS[filled], 2) + [("审核状态", "待审核") if filled else ("页码", "第1页 共1页")]
    for n, (name, value) in enumerate(head):
        box(ops, LEFT + n * third, y, 130, h)
        text(ops, LEFT + n * third + 10, y + (h - size) / 2, name, size - 4, room=112)
        box(ops, LEFT + n * third + 130, y, third - 130, h)
        text(ops, LEFT + n * third + 140, y + (h - size) / 2, value.format(n=rng.randint(0, 10**8 - 1)), size - 4,
             room=third - 150)
    box(ops, LEFT, y + h, RIGHT - LEFT, h)
    text(ops, LEFT + 16, y + h + (h - size) / 2, words.NOTES[filled], size - 4)
    y += 2 * h
    photo = kind in PHOTO_KINDS  # a merged photo cell right of the first two lines of the first section
    room = lambda number, lines: RIGHT - (170 if photo and number == 0 and lines < 2 else 0)  # noqa: E731

    def flush(line, right):
        nonlocal y
        x, unit = LEFT, (right - LEFT) / 3
        for k, (cell, n) in enumerate(line):
            w = right - x if k == len(line) - 1 else unit * n
            box(ops, x, y, w, tall)
            text(ops, x + 8, y + 6, cell.label, int(size * 0.72), room=w - 16, colour=GREY)
            text(ops, x + 14, y + size * 0.72 + 18, cell.value, size, room=w - 28, hand=cell.hand)
            x += w
        y += tall

    for number, (name, part) in enumerate(sections(rows)):
        box(ops, LEFT, y, RIGHT - LEFT, h)
        text(ops, 620, y + (h - size) / 2, "一二三四"[number] + "、" + name, size, align="center")
        y += h
        line, lines, top = [], 0, y
        for row in part + [None]:
            n = 0 if row is None else len(row.value.replace(" ", ""))
            need = 1 if n <= 7 else 2 if n <= 13 else 3
            if line and (row is None or row.options or sum(n for _, n in line) + need > 3):
                flush(line, room(number, lines))
                line, lines = [], lines + 1
            if row is not None and row.options:
                right = room(number, lines)
                box(ops, LEFT, y, 200, h)
                label(ops, LEFT, y, 200, h, row.label, size - 2)
                box(ops, LEFT + 200, y, right - LEFT - 200, h)
                ticks(ops, LEFT + 220, y + (h - size) / 2, row, size, right - LEFT - 240)
                y, lines = y + h, lines + 1
            elif row is not None:
                line.append((row, need))
            if photo and number == 0 and (lines == 2 or row is None) and top is not None:
                box(ops, RIGHT - 170, top, 170, y - top)
                text(ops, RIGHT - 85, (top + y) / 2 - size - 4, "近期免冠", size - 4, align="center")
                text(ops, RIGHT - 85, (top + y) / 2 + 4, "照片", size - 4, align="center")
                top = None
    return ops, closing(ops, kind, y + 30, date_style, rng, size)


FAMILIES = {"ledger": ledger, "vertical": vertical, "webprint": webprint}
