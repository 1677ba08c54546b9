"""The mobile family: a phone screenshot of an app page (1080 or 1170 px wide, as tall as the phone or
a long screenshot): the status bar (time, signal, battery), the title bar with a back arrow and a
menu, a coloured banner naming the document, white rounded cards on a grey page with the rows
either as a small grey label over the value (short values two a line) or as a grey label left and
the value right-aligned (long values wrapped), section headings, a QR card on some 学信网 pages, a
notice, the app's buttons and the home indicator; on some pages 学信档案's tabs and the account
holder's card (avatar, name, masked ID number)."""
from __future__ import annotations

import random

from tests.checks import wild_blind2_words as words
from tests.checks.wild_blind2_paint import Mark, width

PAGE, CARD, GREY, BLACK, LINE = (244, 245, 247), (255, 255, 255), (140, 140, 146), (30, 30, 34), (230, 230, 234)
SECTIONS = {"基本信息": ("name", "gender", "birth_date", "id_number", "phone"),
            "工作与报考": ("employer", "work_start", "exam"),
            "学历学籍": ("school", "major", "education_level", "study_type", "class_type", "enrollment_date",
                     "graduation_date", "certificate_no"),
            "报告信息": ("report_no", "update_date", "verification_code")}


def _wrap(text: str, size: int, room: float) -> list[str]:
    lines, line = [], ""
    for ch in text:
        if line and width(line + ch, size) > room:
            lines.append(line)
            line = ""
        line += ch
    return lines + [line]


def _chrome(marks, W, nav, app, u, rng):
    """Status bar and title bar; returns the bottom."""
    name, colour, _ = words.APPS[app]
    dark = rng.random() < 0.6  # a coloured title bar with white text, or a white one
    fg = (255, 255, 255) if dark else BLACK
    marks.append(Mark("fill", 0, 0, w=W, h=int(250 * u), colour=colour if dark else CARD))
    s = int(38 * u)
    marks.append(Mark("text", 60 * u, 30 * u, rng.choice(words.STATUS), s, colour=fg))
    marks.append(Mark("text", W - 60 * u, 30 * u, f"{rng.choice(('5G', '4G', 'WiFi'))}  {rng.randint(12, 99)}%", s,
                      align="right", colour=fg))
    marks.append(Mark("text", 44 * u, 128 * u, "‹", int(72 * u), colour=fg))
    marks.append(Mark("text", W / 2, 142 * u, nav, int(50 * u), align="center", colour=fg))
    marks.append(Mark("text", W - 50 * u, 136 * u, rng.choice(("···", "⋯", "分享")), int(44 * u), align="right", colour=fg))
    y = 250 * u
    if rng.random() < 0.5:  # the app's name under the title bar
        marks.append(Mark("text", 60 * u, y + 26 * u, name, int(34 * u), colour=GREY))
        y += 80 * u
    return y


def _banner(marks, W, title, app, u, y, rng):
    """The document's name on a coloured rounded banner or at the top of the first card."""
    colour = words.APPS[app][1]
    size = int(50 * u)
    while width(title, size) > W - 200 * u and size > 30:
        size -= 2
    h = 170 * u
    marks.append(Mark("fill", 40 * u, y + 30 * u, w=W - 80 * u, h=h, colour=colour, radius=int(28 * u)))
    marks.append(Mark("text", 80 * u, y + 30 * u + (h - size) / 2 - 10 * u, title, size, colour=(255, 255, 255)))
    badge = rng.choice(("已认证", "有效", "已核验", "查询成功"))
    marks.append(Mark("text", W - 80 * u, y + 30 * u + h - 52 * u, badge, int(30 * u), align="right", colour=(235, 245, 245)))
    return y + h + 60 * u


def _tabs(marks, W, app, u, y, rng):
    """学信档案's tabs (学籍, 学历, 学位, ...), one of them chosen and underlined."""
    tabs = ["学籍", "学历", "学位", "考研", "图像"]
    chosen, step = rng.randrange(3), (W - 80 * u) / len(tabs)
    marks.append(Mark("fill", 0, y, w=W, h=110 * u, colour=CARD))
    for n, tab in enumerate(tabs):
        cx = 40 * u + step * (n + 0.5)
        colour = words.APPS[app][1] if n == chosen else GREY
        marks.append(Mark("text", cx, y + 30 * u, tab, int(40 * u), align="center", colour=colour))
        if n == chosen:
            marks.append(Mark("fill", cx - 40 * u, y + 96 * u, w=80 * u, h=8 * u, colour=colour, radius=int(4 * u)))
    return y + 110 * u


def _profile(marks, W, want, app, u, y):
    """The account holder above the cards: an avatar, the name large, the ID number masked."""
    marks.append(Mark("fill", 40 * u, y, w=W - 80 * u, h=190 * u, colour=CARD, radius=int(30 * u)))
    marks.append(Mark("dot", 130 * u, y + 95 * u, w=55 * u, colour=(205, 215, 225)))
    marks.append(Mark("text", 130 * u, y + 68 * u, want["name"][0], int(48 * u), align="center", colour=(255, 255, 255)))
    marks.append(Mark("text", 220 * u, y + 40 * u, want["name"], int(48 * u), colour=BLACK))
    if "id_number" in want:
        masked = want["id_number"][:4] + "*" * 10 + want["id_number"][-4:]
        marks.append(Mark("text", 220 * u, y + 115 * u, f"身份证 {masked}", int(32 * u), colour=GREY))
    else:
        marks.append(Mark("text", 220 * u, y + 115 * u, "已实名认证", int(32 * u), colour=GREY))
    return y + 230 * u


def _groups(rows):
    of = {f: name for name, fields in SECTIONS.items() for f in fields}
    groups = []
    for row in rows:
        name = of.get(row.field, groups[-1][0] if groups else "基本信息")
        if not groups or groups[-1][0] != name:
            groups.append((name, []))
        groups[-1][1].append(row)
    return groups


def _card(marks, W, name, rows, style, u, y, rng):
    """A white rounded card of rows under its section heading; returns the bottom."""
    marks.append(Mark("text", 60 * u, y, name, int(40 * u), colour=BLACK))
    y += 70 * u
    x0, x1, top = 40 * u, W - 40 * u, y
    body: list[Mark] = []
    ls, vs = int(36 * u), int(42 * u)
    cy, i = y + 20 * u, 0
    while i < len(rows):
        row = rows[i]
        if style == "above":
            nxt = rows[i + 1] if i + 1 < len(rows) else None
            fits = nxt and all(width(r.value, vs) <= (x1 - x0) / 2 - 100 * u for r in (row, nxt))
            pair = [row, nxt] if fits and rng.random() < 0.6 else [row]
            cw = (x1 - x0) / len(pair)
            h = 0
            for n, r in enumerate(pair):
                lines = _wrap(r.value, vs, cw - 100 * u)
                body.append(Mark("text", x0 + 40 * u + n * cw, cy + 24 * u, r.label, ls, colour=GREY))
                for k, line in enumerate(lines):
                    body.append(Mark("text", x0 + 40 * u + n * cw, cy + 80 * u + k * 60 * u, line, vs, colour=BLACK))
                h = max(h, 80 * u + len(lines) * 60 * u + 26 * u)
            i += len(pair)
        else:
            room = x1 - x0 - 80 * u - width(row.label, ls) - 50 * u
            lines = _wrap(row.value, vs, room)
            body.append(Mark("text", x0 + 40 * u, cy + 34 * u, row.label, ls, colour=GREY))
            for k, line in enumerate(lines):
                body.append(Mark("text", x1 - 40 * u, cy + 30 * u + k * 60 * u, line, vs, align="right", colour=BLACK))
            h = 30 * u + len(lines) * 60 * u + 34 * u
            i += 1
        cy += h
        if i < len(rows):
            body.append(Mark("line", x0 + 40 * u, cy, w=x1 - x0 - 80 * u, colour=LINE))
    marks.append(Mark("fill", x0, top, w=x1 - x0, h=cy - top + 20 * u, colour=CARD, radius=int(30 * u)))
    marks.extend(body)
    return cy + 60 * u


def _extras(kind, app, rng):
    from tests.checks import corpus

    person = corpus.random_person(rng)["name"]
    pool = [(label, value.format(person=person, months=rng.randint(24, 240), n=rng.randint(0, 10**8 - 1)))
            for label, value in words.MOBILE_EXTRA["m12333-tech" if kind.startswith("tech_") else app]]
    if kind != "diploma" and app == "chsi":
        pool = [p for p in pool if p[0] != "校（院）长姓名"]
    return rng.sample(pool, rng.randint(1, min(3, len(pool))))


def mobile(kind, nav, title, rows, want, rng: random.Random):
    """(marks, page size) of the screenshot."""
    from tests.checks.wild_blind2 import Row

    W = rng.choice((1080, 1080, 1170))
    u = W / 1080
    app = words.APP_OF[kind]
    marks = [Mark("fill", 0, 0, w=W, h=6000, colour=PAGE)]
    y = _chrome(marks, W, nav, app, u, rng)
    if app == "chsi" and rng.random() < 0.5:
        y = _tabs(marks, W, app, u, y, rng)
    y = _banner(marks, W, title, app, u, y, rng)
    if "name" in want and rng.random() < 0.4:
        y = _profile(marks, W, want, app, u, y)
    rows = list(rows)
    home = SECTIONS["工作与报考" if app == "cpta" or "school" not in want else "学历学籍"]
    for label, value in _extras(kind, app, rng):  # after a row of the card they belong to
        after = [n + 1 for n, r in enumerate(rows) if r.field in home] or list(range(1, len(rows) + 1))
        rows.insert(rng.choice(after), Row(label, value))
    style = rng.choice(("above", "side"))
    groups = _groups(rows) if rng.random() < 0.7 else [(rng.choice(("详细信息", "证书信息", "查询结果")), rows)]
    for name, part in groups:
        y = _card(marks, W, name, part, style, u, y, rng)
    if "verification_code" in want and rng.random() < 0.6:
        from portal.docgen import qr

        side = int(300 * u)
        marks.append(Mark("fill", 40 * u, y, w=W - 80 * u, h=side + 120 * u, colour=CARD, radius=int(30 * u)))
        marks.append(Mark("qr", (W - side) / 2, y + 30 * u, qr.VERIFY_URL.format(code=want["verification_code"]), w=side, h=side))
        marks.append(Mark("text", W / 2, y + side + 50 * u, "扫描二维码在线验证", int(34 * u), align="center", colour=GREY))
        y += side + 180 * u
    marks.append(Mark("text", 60 * u, y, rng.choice(words.NOTICES[app]), int(30 * u), colour=GREY))
    y += 100 * u
    buttons = rng.sample(words.APPS[app][2], rng.randint(1, 2))
    colour = words.APPS[app][1]
    bw = (W - 80 * u - 30 * u * (len(buttons) - 1)) / len(buttons)
    for n, label in enumerate(buttons):
        bx = 40 * u + n * (bw + 30 * u)
        solid = n == len(buttons) - 1
        marks.append(Mark("fill" if solid else "rect", bx, y, w=bw, h=120 * u, colour=colour, radius=int(60 * u)))
        marks.append(Mark("text", bx + bw / 2, y + 38 * u, label, int(42 * u), align="center",
                          colour=(255, 255, 255) if solid else colour))
    y += 200 * u
    H = int(max(2340 * u, y + 60 * u))
    marks[0].h = H
    marks.append(Mark("fill", W / 2 - 140 * u, H - 36 * u, w=280 * u, h=12 * u, colour=(20, 20, 20), radius=int(6 * u)))
    return marks, (W, H)
