"""SQL lives in files: `q(name)` returns the text of sql/queries/<name>.sql (cached)."""
from __future__ import annotations

from functools import cache
from pathlib import Path

QUERIES_DIR = Path(__file__).parent / "sql" / "queries"


@cache
def q(name: str) -> str:
    path = QUERIES_DIR / f"{name}.sql"
    if not path.is_file():
        raise KeyError(f"no query file {path.name} in {QUERIES_DIR}")
    return path.read_text(encoding="utf-8")
