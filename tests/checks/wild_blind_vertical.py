"""The vertical family: each form section named top to bottom in a narrow merged cell on the left;
the fields with the longest values get a tall cell whose label is written top to bottom (one
character a line, as many Chinese tables do) left of a wide value cell; the others are horizontal
label/value pairs (two a line when short) or tick boxes; a statement block closes the form."""
from __future__ import annotations

from tests.checks.wild_blind_cells import (
    LEFT,
    RIGHT,
    box,
    closing,
    format_date,
    label,
    sections,
    some_day,
    text,
    ticks,
    title_block,
)
from tests.checks.wild_layouts import Ink

SW, VW, LW = 56, 62, 180  # widths: section cell, upright label cell, horizontal label cell
STATEMENTS = {
    "application_form": ("本人承诺", ["本人所填报名信息及所交学历、工作年限等材料真实有效，", "如有不实，自愿承担相应责任。", "承诺人（签字）："]),
    "work_proof": ("单位意见", ["该同志自参加工作以来一直在我单位从事专业技术工作。", "以上情况属实，特此证明。", "单位（盖章）"]),
    "exemption_proof": ("审核意见", ["经审核，符合免试部分科目条件。", "审核人："]),
    "graduate_register": ("学校意见", ["该生在校期间表现良好，准予毕业。", "（学校盖章）"]),
}


def upright(ops, x, y, w, h, label, size):
    """The label written top to bottom in the cell, one character a line, centred."""
    chars = [c for c in label if not c.isspace()]
    step = min(size + 6, (h - 16) / len(chars))
    size = min(size, int(step - 2))
    top = y + (h - step * len(chars)) / 2
    for n, ch in enumerate(chars):
        ops.append(Ink("text", x + w / 2, top + n * step, ch, size, align="center"))


def _plain(label: str) -> bool:
    return len(label) <= 6 and all("\u4e00" <= c <= "\u9fff" for c in label)


def _lines(part, tall, size, h):
    """(what, rows, height) lines of one section."""
    lines, i = [], 0
    while i < len(part):
        row = part[i]
        if id(row) in tall:
            lines.append(("upright", [row], max(len(row.label) * (size + 4) + 24, 2 * h)))
        elif row.options:
            lines.append(("ticks", [row], h))
        else:
            nxt = part[i + 1] if i + 1 < len(part) else None
            short = nxt is not None and len(row.value) <= 12 and len(nxt.value) <= 12 and not nxt.options and id(nxt) not in tall
            lines.append(("pairs", [row, nxt] if short else [row], h))
        i += len(lines[-1][1])
    return lines


def vertical(kind, title, rows, date_style, rng):
    size = rng.choice((24, 26))
    ops, h, x0 = [], int(size * 2.2), LEFT + SW
    title_block(ops, kind, title, date_style, rng, size)
    long = sorted((r for r in rows if r.field and not r.options and _plain(r.label) and len(r.value) >= 10),
                  key=lambda r: -len(r.value))
    tall, y = {id(r) for r in long[:rng.randint(2, 3)]}, 190
    for name, part in sections(rows):
        lines, top = _lines(part, tall, size, h), y
        short = len(name) * (size + 2) + 24 - sum(lh for *_, lh in lines)
        if short > 0:
            lines[-1] = (*lines[-1][:2], lines[-1][2] + short)
        for what, cells, lh in lines:
            mid = y + (lh - size) / 2
            if what == "upright":
                box(ops, x0, y, VW, lh)
                upright(ops, x0, y, VW, lh, cells[0].label, size - 2)
                box(ops, x0 + VW, y, RIGHT - x0 - VW, lh)
                text(ops, x0 + VW + 20, mid, cells[0].value, size, room=RIGHT - x0 - VW - 40, hand=cells[0].hand)
            elif what == "ticks":
                box(ops, x0, y, LW, lh)
                label(ops, x0, y, LW, lh, cells[0].label, size - 2)
                box(ops, x0 + LW, y, RIGHT - x0 - LW, lh)
                ticks(ops, x0 + LW + 20, mid, cells[0], size, RIGHT - x0 - LW - 40)
            else:
                cw = (RIGHT - x0) / len(cells)
                for n, row in enumerate(cells):
                    x = x0 + n * cw
                    box(ops, x, y, LW, lh)
                    label(ops, x, y, LW, lh, row.label, size - 2)
                    box(ops, x + LW, y, cw - LW, lh)
                    text(ops, x + LW + 14, mid, row.value, size, room=cw - LW - 28, hand=row.hand)
            y += lh
        box(ops, LEFT, top, SW, y - top)
        upright(ops, LEFT, top, SW, y - top, name, size - 2)
    if kind not in STATEMENTS:
        return ops, closing(ops, kind, y + 30, date_style, rng, size)
    name, sentences = STATEMENTS[kind]
    lh = max(len(name) * (size + 4) + 30, (len(sentences) + 1) * int(size * 1.8) + 30)
    box(ops, LEFT, y, SW + VW, lh)
    upright(ops, LEFT, y, SW + VW, lh, name, size - 2)
    box(ops, LEFT + SW + VW, y, RIGHT - LEFT - SW - VW, lh)
    for n, sentence in enumerate(sentences):
        text(ops, LEFT + SW + VW + 24, y + 20 + n * int(size * 1.8), sentence, size - 2, room=RIGHT - LEFT - SW - VW - 48)
    text(ops, RIGHT - 30, y + lh - size - 16, format_date(some_day(rng), date_style), size - 2, align="right")
    return ops, y + lh
