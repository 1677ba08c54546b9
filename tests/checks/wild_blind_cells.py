"""Drawing pieces shared by the held-out layout families: printed dates, fitted text, cell boxes,
tick-box options, form sections, the title block, closing lines, the seal and the 学信网 QR code."""
from __future__ import annotations

import datetime as dt
import random

from portal.docgen import qr
from tests.checks import wild_blind_words as words
from tests.checks.wild_layouts import Ink, width

LEFT, RIGHT, HEIGHT = 80, 1160, 1754
GREY = (70, 70, 70)


def cn_date(day: dt.date) -> str:
    """二〇一九年六月三十日, as diplomas print dates."""
    def num(n: int) -> str:
        tens, ones = divmod(n, 10)
        return ("" if tens < 2 else words.CN_DIGITS[tens]) + ("十" if tens else "") + (words.CN_DIGITS[ones] if ones else "")
    return "".join(words.CN_DIGITS[int(c)] for c in str(day.year)) + f"年{num(day.month)}月{num(day.day)}日"


def format_date(value: str, style: str) -> str:
    day = dt.date.fromisoformat(value)
    return cn_date(day) if style == "cn" else style.format(y=day.year, m=day.month, d=day.day)


def some_day(rng: random.Random) -> str:
    return f"{rng.randint(2023, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def text(ops, x, y, s, size, room=None, **kw):
    """Text at (x, y), its size reduced until it fits `room` pixels."""
    while room and size > 14 and width(s, size) > room:
        size -= 2
    ops.append(Ink("text", x, y, s, size, **kw))


def label(ops, x, y, w, h, s, size):
    """A label centred in its cell: smaller when long, on two lines (split before a bracket or in the
    middle) when it still does not fit."""
    while size > 18 and width(s, size) > w - 14:
        size -= 2
    if width(s, size) > w - 14 and len(s) >= 6:
        cut = s.index("（") if "（" in s[2:] else (len(s) + 1) // 2
        size = min(size, int(h / 2) - 4)
        for n, part in enumerate((s[:cut], s[cut:])):
            text(ops, x + w / 2, y + h / 2 - size - 1 + n * (size + 2), part, size, room=w - 14, align="center")
    else:
        text(ops, x + w / 2, y + (h - size) / 2, s, size, room=w - 14, align="center")


def box(ops, x, y, w, h):
    ops.append(Ink("rect", x, y, w=w, h=h, colour=(30, 30, 30)))


def ticks(ops, x, y, row, size, room):
    """The options of a tick-box row from x: the ticked one printed with its mark or ticked by pen."""
    glyphs = [row.mark if n == row.ticked and not row.hand else "□" for n in range(len(row.options))]
    while size > 16 and sum(width(g + o, size) + 34 for g, o in zip(glyphs, row.options)) > room:
        size -= 2
    for n, (glyph, option) in enumerate(zip(glyphs, row.options)):
        ops.append(Ink("text", x, y, glyph + option, size))
        if n == row.ticked and row.hand:
            ops.append(Ink("tick", x + 2, y + 2, size=size))
        x += width(glyph + option, size) + 34


def sections(rows):
    """Consecutive rows grouped by form section; a row that is no contract field joins its neighbour's."""
    of = {f: name for name, fields in words.SECTIONS.items() for f in fields}
    groups, current = [], next(iter(words.SECTIONS))
    for row in rows:
        current = of.get(row.field, current)
        if not groups or groups[-1][0] != current:
            groups.append((current, []))
        groups[-1][1].append(row)
    return groups


def title_block(ops, kind, title, date_style, rng, size):
    ops.append(Ink("text", 620, 76, title, 40 if len(title) < 20 else 34, align="center"))
    text(ops, LEFT, 146, f"编号：{rng.randint(2019, 2025)}{rng.randint(0, 99999):05d}", size - 4)
    text(ops, RIGHT, 146, f"{'填表' if kind in words.FILLED else '打印'}日期：{format_date(some_day(rng), date_style)}", size - 4, align="right")


def closing(ops, kind, y, date_style, rng, size):
    """The form's closing lines and a signing date; returns the bottom."""
    for sentence in words.FOOTERS.get(kind, []):
        text(ops, LEFT + 20, y, sentence, size - 2)
        y += int(size * 1.9)
    text(ops, RIGHT - 40, y, format_date(some_day(rng), date_style), size - 2, align="right")
    return y + size


def stamp(ops, issuer: str, bottom: float, rng: random.Random) -> None:
    """The issuer's seal over the closing lines, partly over the last rows."""
    y = min(max(bottom - rng.uniform(40, 160), 400), HEIGHT - 160)
    ops.append(Ink("seal", rng.uniform(760, 1000), y, issuer))


def qr_corner(ops, code: str, bottom: float) -> None:
    """The verification QR of a 学信网 report, left under the content."""
    ops.append(Ink("qr", LEFT + 20, min(bottom + 30, HEIGHT - 230), qr.VERIFY_URL.format(code=code), w=qr.SIZE, h=qr.SIZE))
