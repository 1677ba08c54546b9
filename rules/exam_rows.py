"""Validate a level's major tiers, education rows and alternatives into requirement tables."""
from __future__ import annotations

from rules import params
from rules.conditions import Alternative, Cell
from rules.exam_cells import tier_values
from rules.schema import Node, source_text

ROW_KEYS = {"education", "source"}
ROW_OPTIONAL = {"years", "same_as", "total_years", "requires", "count_from", "confirmed", "note_zh"}
COUNT_FROM = ("work_start", "holds_since")


def level_requirements(level: Node, sources: dict[str, str]):
    """→ (tier labels, {education: (Alternative, …)}, has_total) for one level node."""
    tiers = _tiers(level.child("tiers"))
    base = [t for t in params.TIERS if t not in tiers["alias"]]
    has_total = "total_work_zh" in level.data
    ctx = dict(level=level, sources=sources, base=base, alias=tiers["alias"], has_total=has_total)
    main_rows = level.data.get("education")
    if not isinstance(main_rows, list) or not main_rows:
        level.fail("expected a non-empty list of rows", "education")
    table: dict[str, Alternative] = {}
    same_as: dict[str, tuple[str, Node]] = {}
    for i, _ in enumerate(main_rows):
        row = Node(level.file, f"{level.path}.education[{i}]", main_rows[i])
        for edu in _educations(row):
            if edu in table or edu in same_as:
                row.fail(f"education {edu!r} listed twice", "education")
            if "same_as" in row.data:
                row.keys({"education", "source", "same_as"}, {"confirmed", "note_zh"})
                same_as[edu] = (row.get("same_as", str, choices=params.education_codes()), row)
            else:
                table[edu] = _alternative(row, ctx, main=True)
    for edu, (target, row) in same_as.items():
        if target not in table:
            row.fail(f"same_as {target!r} is not a row with years", "same_as")
        confirmed = row.get("confirmed", bool, True)
        src = source_text(row, "source", sources, confirmed)
        alt = table[target]
        cells = {t: Cell(c.years, c.total_years, src, confirmed and c.confirmed, row.get("note_zh", str) or "")
                 for t, c in alt.cells.items()}
        table[edu] = Alternative(cells, alt.requires, alt.requires_source, alt.count_from, None,
                                 row.get("note_zh", str) or "")
    for edu in params.education_codes():
        if edu not in table:
            level.fail(f"no row for education {edu!r} (every level lists every education level)", "education")
    requirements = {edu: [table[edu]] for edu in params.education_codes()}
    for i, raw in enumerate(level.data.get("alternatives") or []):
        row = Node(level.file, f"{level.path}.alternatives[{i}]", raw)
        alt = _alternative(row, ctx, main=False)
        for edu in _educations(row):
            requirements[edu].append(alt)
    return tiers["labels"], {e: tuple(a) for e, a in requirements.items()}, has_total


def _tiers(node: Node) -> dict:
    node.keys(set(params.TIERS))
    alias, labels = {}, {}
    for tier in params.TIERS:
        value = node.get(tier, str)
        if value in params.TIERS:
            if value == tier or node.data[value] in params.TIERS:
                node.fail(f"tier alias {value!r} must name a tier with its own label", tier)
            alias[tier] = value
        labels[tier] = value
    return {"alias": alias, "labels": {t: labels[alias.get(t, t)] for t in params.TIERS}}


def _educations(row: Node) -> list[str]:
    edus = row.data.get("education")
    if not isinstance(edus, list) or not edus:
        row.fail("expected a list of education codes", "education")
    for e in edus:
        if e not in params.education_codes():
            row.fail(f"unknown education code {e!r}", "education")
    return edus


def _alternative(row: Node, ctx: dict, main: bool) -> Alternative:
    level, sources = ctx["level"], ctx["sources"]
    row.keys(ROW_KEYS | {"years"}, ROW_OPTIONAL - {"same_as", "years"} | (set() if main else {"graduated_by"}))
    if ctx["has_total"] and "total_years" not in row.data:
        row.fail("missing required key (the level counts total years)", "total_years")
    if not ctx["has_total"] and "total_years" in row.data:
        row.fail("unknown key (the level has no total_work_zh)", "total_years")
    confirmed = row.get("confirmed", bool, True)
    src = source_text(row, "source", sources, confirmed)
    note = row.get("note_zh", str) or ""
    years = tier_values(row, "years", ctx, src, confirmed)
    totals = tier_values(row, "total_years", ctx, src, confirmed) if ctx["has_total"] else None
    cells = {t: Cell(years[t][0], totals[t][0] if totals else None, years[t][1], years[t][2] and
                     (totals[t][2] if totals else True), years[t][3]) for t in params.TIERS}
    requires, req_src = row.get("requires", str, choices=(None, *params.holds_codes())), src
    count_from = row.get("count_from", str, choices=(None, *COUNT_FROM))
    if main and requires is None and "requires" in level.data:
        req = level.child("requires").keys({"holds", "source"}, {"confirmed"})
        requires = req.get("holds", str, choices=params.holds_codes())
        req_src = source_text(req, "source", sources, req.get("confirmed", bool, True))
    if main and count_from is None:
        count_from = level.get("count_from", str, choices=(None, *COUNT_FROM))
    count_from = count_from or "work_start"
    if count_from == "holds_since" and requires is None:
        row.fail("count_from holds_since needs a prior qualification (requires)", "count_from")
    return Alternative(cells, requires, req_src, count_from, row.date("graduated_by"), note)
