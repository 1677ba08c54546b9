"""Upload limits: one configuration for what the server enforces and what the upload page shows.

Defaults, each overridable by environment (PORTAL_UPLOAD_MAX_MB, _MAX_PAGES, _MAX_MEGAPIXELS,
_MAX_TOTAL_MEGAPIXELS, _MAX_PAGE_POINTS, _RENDER_MEGAPIXELS):
- 20 MB per file (whole MB: the web server's maxUploadSize is the same number); 50 pages (PDF pages or image frames);
- 60 megapixels per image frame and 300 megapixels across all frames of a file (about 35 A4 pages
  scanned at 300 dpi): the decoded size is known from the headers, before anything is decoded;
- 5,000 points (about 1.76 m) per PDF page side: A0 is 2,384 × 3,370 pt, a 14,400 pt page is a bomb;
- 16 megapixels per rendered PDF page: pages render at 200 dpi, or less when that would exceed it."""
from __future__ import annotations

import os
from dataclasses import dataclass

from portal.config import upload_limit_mb


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 20 * 1024 * 1024
    max_pages: int = 50
    max_pixels: int = 60_000_000
    max_total_pixels: int = 300_000_000
    max_page_points: float = 5000.0
    render_pixels: int = 16_000_000

    @classmethod
    def from_env(cls) -> Limits:
        env = os.environ

        def mega(name, default):
            return int(float(env.get(name, default)) * 1_000_000)
        return cls(
            max_bytes=upload_limit_mb() * 1024 * 1024,
            max_pages=int(env.get("PORTAL_UPLOAD_MAX_PAGES", 50)),
            max_pixels=mega("PORTAL_UPLOAD_MAX_MEGAPIXELS", 60),
            max_total_pixels=mega("PORTAL_UPLOAD_MAX_TOTAL_MEGAPIXELS", 300),
            max_page_points=float(env.get("PORTAL_UPLOAD_MAX_PAGE_POINTS", 5000)),
            render_pixels=mega("PORTAL_UPLOAD_RENDER_MEGAPIXELS", 16),
        )

    def shown(self) -> list[str]:
        """The limits in Chinese, as the upload page states them."""
        return [f"单个文件不超过 {self.max_bytes // 2**20} MB", f"不超过 {self.max_pages} 页（图片按帧计）",
                f"每页图片不超过 {self.max_pixels // 1_000_000} 百万像素，全部页合计不超过 "
                f"{self.max_total_pixels // 1_000_000} 百万像素",
                f"PDF 页面边长不超过 {self.max_page_points:.0f} 点（约 {self.max_page_points / 72 * 2.54:.0f} 厘米）"]
