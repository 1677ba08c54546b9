"""Safe spreadsheets: every CSV the portal writes neutralises cells that start like a formula."""
import csv
import io

import polars as pl

from portal.domain.spreadsheet import safe_cell, safe_row
from portal.services.cases.eligibility import _text_as_text
from portal.services.views.admin import rejected_csv_rows

FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]


def test_formula_cells_get_an_apostrophe_and_other_cells_stay():
    assert [safe_cell(v) for v in FORMULAS] == ["'" + v for v in FORMULAS]
    assert safe_row(["张三", 3, None, "a=b", "1-2"]) == ["张三", 3, None, "a=b", "1-2"]


def test_the_rejected_rows_csv_of_ui_and_cli_is_neutralised():
    rows = rejected_csv_rows([(2, {"name": "=HYPERLINK(\"x\")", "phone": "+8613800000000"}, "=1+1")])
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    cells = [c for row in csv.reader(io.StringIO(out.getvalue())) for c in row]
    assert "'=1+1" in cells and "'=HYPERLINK(\"x\")" in cells and "'+8613800000000" in cells
    assert not any(c.startswith(("=", "+", "-", "@")) for c in cells)


def test_the_eligibility_output_is_neutralised():
    frame = _text_as_text(pl.DataFrame({"candidate_id": FORMULAS + ["ok"], "n": list(range(7))}))
    assert frame["candidate_id"].to_list() == ["'" + v for v in FORMULAS] + ["ok"]
    assert frame["n"].to_list() == list(range(7))
