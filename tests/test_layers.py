"""Dependencies point inward: rules/ and checks/ never import portal, streamlit or duckdb."""
import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = {"portal", "streamlit", "duckdb"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", ["rules", "checks"])
def test_inner_packages_import_no_outer_layer(package):
    offenders = {
        str(p.relative_to(ROOT)): sorted(_imports(p) & FORBIDDEN)
        for p in (ROOT / package).rglob("*.py")
        if _imports(p) & FORBIDDEN
    }
    assert offenders == {}


def test_ui_pages_contain_no_sql_or_rules():
    offenders = []
    for p in (ROOT / "portal" / "ui").rglob("*.py"):
        imported = _imports(p)
        if imported & {"duckdb", "rules", "checks"}:
            offenders.append(str(p.relative_to(ROOT)))
    assert offenders == []
