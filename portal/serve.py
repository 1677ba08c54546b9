"""`python -m portal.serve [streamlit options]` starts the web portal (what `make run` does), with the
web server's upload limit (server.maxUploadSize) set from the one the upload service enforces
(PORTAL_UPLOAD_MAX_MB), so the browser never sends a file the server would refuse, nor stops one
it would accept."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from portal.config import upload_limit_mb

APP = Path(__file__).resolve().parents[1] / "streamlit_app.py"


def command(options: list[str], python: str = sys.executable) -> list[str]:
    """The Streamlit command line; options given later (e.g. --server.port) are passed on as they are."""
    return [python, "-m", "streamlit", "run", str(APP), "--server.maxUploadSize", str(upload_limit_mb()), *options]


def main(argv: list[str] | None = None) -> None:
    cmd = command(list(sys.argv[1:] if argv is None else argv))
    os.execv(cmd[0], cmd)


if __name__ == "__main__":
    main()
