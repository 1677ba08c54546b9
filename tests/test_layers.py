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


def _full_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_the_entry_point_wires_ui_pages_only():
    """streamlit_app.py sits above portal.ui (the import-linter contracts cover the packages)."""
    imported = _full_imports(ROOT / "streamlit_app.py")
    assert imported and all(m == "streamlit" or m.startswith("portal.ui") for m in imported), imported


def test_no_service_module_is_named_with_a_subject_prefix():
    services = ROOT / "portal" / "services"
    subjects = [p.name for p in services.iterdir() if p.is_dir() and (p / "__init__.py").exists()]
    prefixed = [str(p.relative_to(ROOT)) for p in services.rglob("*.py")
                if any(p.stem.startswith(s.rstrip("s") + "_") or p.stem.startswith(s + "_") or p.stem.startswith("ui_")
                       for s in subjects)]
    assert prefixed == []


def test_each_service_package_says_what_it_owns():
    services = ROOT / "portal" / "services"
    for package in [services, *(p for p in services.iterdir() if (p / "__init__.py").exists())]:
        doc = ast.get_docstring(ast.parse((package / "__init__.py").read_text(encoding="utf-8")))
        assert doc and len(doc) > 40, package
