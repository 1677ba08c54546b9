"""Where runtime state lives: PORTAL_HOME (default ./var), never inside the source tree's data/."""
from __future__ import annotations

import os
from pathlib import Path


def portal_home(explicit: str | os.PathLike | None = None) -> Path:
    """The runtime directory: --home, else $PORTAL_HOME, else ./var; created if missing."""
    home = Path(explicit or os.environ.get("PORTAL_HOME") or "var").expanduser().resolve()
    home.mkdir(parents=True, exist_ok=True)
    return home
