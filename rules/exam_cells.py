"""Years cells of a requirement row: a number for every tier, a per-tier mapping, or a cell with
its own source and `confirmed` flag. Tier aliases (e.g. near → related) are resolved here."""
from __future__ import annotations

from rules import params
from rules.schema import Node, source_text


def tier_values(row: Node, key: str, ctx: dict, src: str, confirmed: bool) -> dict:
    """→ tier → (years, source, confirmed, note) with tier aliases resolved."""
    raw = row.data.get(key)
    if not isinstance(raw, dict):
        cell = _cell(row, key, raw, ctx, src, confirmed)
        return {t: cell for t in params.TIERS}
    sub = row.child(key).keys(set(ctx["base"]))
    values = {t: _cell(sub, t, raw[t], ctx, src, confirmed) for t in ctx["base"]}
    return {t: values[ctx["alias"].get(t, t)] for t in params.TIERS}


def _cell(node: Node, key: str, raw, ctx: dict, src: str, confirmed: bool):
    if isinstance(raw, dict):
        sub = node.child(key).keys({"value"}, {"source", "confirmed", "note_zh"})
        confirmed = sub.get("confirmed", bool, True) and confirmed
        if "source" in raw:
            src = source_text(sub, "source", ctx["sources"], confirmed)
        return (_years(sub, "value", raw["value"]), src, confirmed, sub.get("note_zh", str) or "")
    return (_years(node, key, raw), src, confirmed, "")


def _years(node: Node, key: str, value) -> int | None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
        node.fail(f"years must be a whole number ≥ 0 or null, got {value!r}", key)
    return value
