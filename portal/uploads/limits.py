"""Upload limits; defaults per issue 6, overridable by environment (PORTAL_UPLOAD_MAX_MB, _MAX_PAGES, _MAX_MEGAPIXELS)."""
from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 20 * 1024 * 1024
    max_pages: int = 50
    max_pixels: int = 60_000_000

    @classmethod
    def from_env(cls) -> Limits:
        env = os.environ
        return cls(
            max_bytes=int(float(env.get("PORTAL_UPLOAD_MAX_MB", 20)) * 1024 * 1024),
            max_pages=int(env.get("PORTAL_UPLOAD_MAX_PAGES", 50)),
            max_pixels=int(float(env.get("PORTAL_UPLOAD_MAX_MEGAPIXELS", 60)) * 1_000_000),
        )
