"""Where runtime state lives: PORTAL_HOME (default ./var), never inside the source tree's data/."""
from __future__ import annotations

import os
from pathlib import Path


def portal_home(explicit: str | os.PathLike | None = None) -> Path:
    """The runtime directory: --home, else $PORTAL_HOME, else ./var; created (0700) if missing."""
    home = Path(explicit or os.environ.get("PORTAL_HOME") or "var").expanduser().resolve()
    home.mkdir(mode=0o700, parents=True, exist_ok=True)  # personal data: the owner only
    return home


def trusted_proxies() -> str:
    """PORTAL_TRUSTED_PROXIES: how many reverse proxies in front of the portal are the bureau's own
    (a count such as 1, or their addresses); unset or 0 means X-Forwarded-For is never read."""
    return os.environ.get("PORTAL_TRUSTED_PROXIES", "")


def upload_limit_mb() -> int:
    """The largest file an upload may be, in whole MB (PORTAL_UPLOAD_MAX_MB, default 20): what the
    upload service enforces, what the upload widget states and the web server's maxUploadSize."""
    return max(1, int(float(os.environ.get("PORTAL_UPLOAD_MAX_MB", 20))))
