"""The `portal` console script exists and lists its subcommands."""
import subprocess
import sys


def test_python_dash_m_portal_prints_help():
    out = subprocess.run([sys.executable, "-m", "portal", "--help"], capture_output=True, text=True)
    assert out.returncode == 0
    assert "portal" in out.stdout
