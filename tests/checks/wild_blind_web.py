"""The webprint family: a query-result web page printed from a browser: the browser's print time
and page title in the top margin, the site's coloured header bar and menu, a breadcrumb, the result
as a grey label column beside a white value column (two pairs a line on some pages), notes, and
the page address and page number in the bottom margin."""
from __future__ import annotations

from tests.checks import wild_blind_words as words
from tests.checks.wild_blind_cells import LEFT, RIGHT, text
from tests.checks.wild_layouts import Ink

COLOURS = {"chsi": (0, 122, 110), "cscse": (24, 72, 148), "tech": (176, 30, 35), "hn": (20, 96, 170),
           "apply": (26, 86, 160), "social": (190, 40, 40), "other": (60, 90, 130)}
MENUS = {"chsi": "首页　学籍查询　学历查询　学位查询　在线验证报告　学信档案", "apply": "首页　考试信息　网上报名　成绩查询　证书查询",
         "other": "首页　政务公开　办事服务　信息查询　互动交流"}
NOTES = ["注：以上信息仅供参考，如有疑问请与发证单位联系。", "本页面信息由系统自动生成，打印件与网上信息一致时有效。",
         "温馨提示：请妥善保管个人信息，勿将本页提供给无关人员。"]


def _fill(ops, x, y, w, h, colour):
    ops.append(Ink("fill", x, y, w=w, h=h, colour=colour))


def _cell(ops, x, y, w, h, label, value, size, lw, style):
    _fill(ops, x, y, lw, h, (238, 238, 238))
    ops.append(Ink("rect", x, y, w=w, h=h, colour=(200, 200, 200)))
    ops.append(Ink("rect", x, y, w=lw, h=h, colour=(200, 200, 200)))
    colon, right = style
    lx, align = (x + lw - 14, "right") if right else (x + 14, "left")
    text(ops, lx, y + (h - size) / 2, label + colon, size - 2, room=lw - 20, align=align, colour=(90, 90, 90))
    text(ops, x + lw + 16, y + (h - size) / 2, value, size, room=w - lw - 28)


def webprint(kind, title, rows, date_style, rng):
    site = words.SITE_OF.get(kind, "other")
    name, crumb, url = words.SITES[site]
    colour, size = COLOURS[site], rng.choice((22, 24))
    ops, grey = [], (110, 110, 110)
    stamp = f"{rng.randint(2023, 2025)}/{rng.randint(1, 12)}/{rng.randint(1, 28)} {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}"
    text(ops, 40, 22, stamp, 16, colour=grey)
    text(ops, 620, 22, f"{title} - {name.split(' · ')[0]}", 16, align="center", colour=grey)
    _fill(ops, LEFT - 40, 60, RIGHT - LEFT + 80, 84, colour)
    text(ops, LEFT, 82, name, 32, colour=(255, 255, 255))
    _fill(ops, LEFT - 40, 144, RIGHT - LEFT + 80, 44, (242, 242, 242))
    text(ops, LEFT, 154, MENUS.get(site, MENUS["other"]), 20, colour=(60, 60, 60))
    text(ops, LEFT, 206, f"当前位置：{crumb}", 18, colour=grey)
    ops.append(Ink("text", 620, 256, title, 34 if len(title) < 20 else 28, align="center"))
    _fill(ops, LEFT, 310, RIGHT - LEFT, 3, colour)
    text(ops, LEFT, 330, rng.choice(("查询结果（共1条）", "您查询的信息如下：", "查询成功")), 20, colour=grey)
    y, h, lw = 374, int(size * 2.1), rng.choice((230, 260))
    paired, style = rng.random() < 0.5, (rng.choice(("：", "")), rng.random() < 0.7)  # label colon, right-aligned
    i = 0
    while i < len(rows):
        cells = rows[i:i + 2] if paired and all(len(r.value) <= 12 for r in rows[i:i + 2]) else rows[i:i + 1]
        cw = (RIGHT - LEFT) / len(cells)
        for n, row in enumerate(cells):
            _cell(ops, LEFT + n * cw, y, cw, h, row.label, row.value, size, lw if len(cells) == 1 else lw - 50, style)
        i, y = i + len(cells), y + h
    y += 30
    for note in rng.sample(NOTES, 2):
        text(ops, LEFT, y, note, 18, colour=grey)
        y += 32
    text(ops, 620, 1650, f"Copyright © {name.split(' · ')[0]}  版权所有", 16, align="center", colour=grey)
    text(ops, 40, 1712, url, 16, colour=grey)
    text(ops, RIGHT + 40, 1712, "1/1", 16, align="right", colour=grey)
    return ops, y
