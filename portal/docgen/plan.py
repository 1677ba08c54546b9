"""Lay a document out as drawing operations on a 1240x1754 page (A4 at 150 dpi), shared by PNG and PDF."""
from __future__ import annotations

from dataclasses import dataclass

from portal.docgen import qr
from portal.docgen.values import format_value, layouts, printed_fields

WIDTH, HEIGHT = 1240, 1754
LEFT, RIGHT = 70, 1170
ROW = 64
BODY = 30


@dataclass
class Op:
    what: str  # "text" | "rect" | "seal" | "qr"
    x: float
    y: float
    text: str = ""
    size: int = BODY
    w: float = 0
    h: float = 0
    align: str = "left"


def plan(kind: str, fields: dict, layout: str) -> list[Op]:
    spec = layouts()[kind]
    data = printed_fields(kind, fields)
    date_style = spec.get("date_style", "cn")
    ops = [Op("text", WIDTH / 2, 90, spec["title"].format_map(_Safe(data)), 46, align="center")]
    y = 190
    if code := qr.content(kind, spec, data):
        ops.append(Op("qr", RIGHT - qr.SIZE, 150, code, w=qr.SIZE, h=qr.SIZE))
    for label, field, style in spec.get("above", []):
        if data.get(field):
            ops.append(Op("text", LEFT + 30, y, f"{label}：{format_value(data[field], style, date_style)}"))
            y += ROW
    if spec.get("intro"):
        ops.append(Op("text", LEFT + 30, y, spec["intro"].format_map(_Safe(data))))
        y += ROW
    rows = [(lab, format_value(data[f], st, date_style)) for lab, f, st in spec["rows"] if data.get(f)]
    y = max(y + 20, 360) if any(o.what == "qr" for o in ops) else y + 20
    if layout == "table":
        y = _table(ops, rows, spec.get("pairs", 1), y)
    else:
        for label, value in rows:
            ops.append(Op("text", LEFT + 70, y + 14, f"{label}：{value}"))
            y += ROW
    y += 40
    for line in spec.get("footer", []):
        ops.append(Op("text", LEFT + 70, y, line.format_map(_Safe(data))))
        y += ROW
    if spec.get("seal") and data.get(spec["seal"]):
        ops.append(Op("seal", 900, min(y + 20, HEIGHT - 160), str(data[spec["seal"]])))
    return ops


def _table(ops: list[Op], rows: list[tuple[str, str]], pairs: int, y: float) -> float:
    lab_w = 330 if pairs == 1 else 210
    full = RIGHT - LEFT
    pending: list[tuple[str, str]] = []

    def flush(cells):
        nonlocal y
        if not cells:
            return
        cell_w = full / len(cells)
        for i, (label, value) in enumerate(cells):
            x = LEFT + i * cell_w
            ops.append(Op("rect", x, y, w=lab_w, h=ROW))
            ops.append(Op("rect", x + lab_w, y, w=cell_w - lab_w, h=ROW))
            ops.append(Op("text", x + lab_w / 2, y + 14, label, align="center"))
            ops.append(Op("text", x + lab_w + 16, y + 14, value))
        y += ROW

    for label, value in rows:
        if pairs == 1 or len(value) > 11:
            flush(pending)
            pending = []
            flush([(label, value)])
        else:
            pending.append((label, value))
            if len(pending) == pairs:
                flush(pending)
                pending = []
    flush(pending)
    return y


class _Safe(dict):
    def __missing__(self, key):
        return ""
