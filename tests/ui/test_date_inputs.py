"""Every date field of the portal takes and shows dates as YYYY/MM/DD (the empty field's placeholder
reads the same, by `portal.ui.chinese`): each `date_input` call in the pages passes that format."""
import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "portal" / "ui"


def date_inputs() -> list[tuple[str, int, object]]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) == "date_input":
                fmt = next((k.value for k in node.keywords if k.arg == "format"), None)
                found.append((str(path.relative_to(UI)), node.lineno, getattr(fmt, "value", fmt)))
    return found


def test_every_date_field_uses_year_month_day():
    fields = date_inputs()
    assert len(fields) >= 6
    assert [f for f in fields if f[2] != "YYYY/MM/DD"] == []


def test_the_empty_date_field_reads_the_format():
    from portal.ui.chinese import CSS
    for segment, shown in (("year", "YYYY"), ("month", "MM"), ("day", "DD")):
        assert f'[data-type="{segment}"][data-placeholder="true"]::after {{ content: "{shown}"; }}' in CSS
