"""`make test` fails when the code breaks the lint rules or the layer contracts: `ruff check .`
(rules in pyproject.toml [tool.ruff]) and `lint-imports` ([tool.importlinter]) must both pass."""
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


@pytest.mark.parametrize("command", [["ruff", "check", ".", "--output-format", "concise"], ["lint-imports"]],
                         ids=["ruff", "lint-imports"])
def test_the_tool_reports_nothing(command):
    tool = BIN / command[0]
    if not tool.exists():
        pytest.fail(f"{tool} is missing: `make venv` installs the test extras (ruff, import-linter)")
    out = subprocess.run([str(tool), *command[1:]], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, f"{' '.join(command)} exited {out.returncode}:\n{out.stdout}\n{out.stderr}"
