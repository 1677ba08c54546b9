"""Decide from the bytes whether an upload is accepted; every refusal says why in Chinese."""
from __future__ import annotations

from dataclasses import dataclass

from checks.pages import sniff
from portal.uploads import imagecheck, pdfcheck
from portal.uploads.limits import Limits
from portal.uploads.names import EXTENSIONS, extension_matches, name_problem

TYPE_NAMES = {"pdf": "PDF", "png": "PNG 图片", "jpeg": "JPEG 图片", "tiff": "TIFF 图片", "webp": "WebP 图片",
              "bmp": "BMP 图片"}


class Rejected(ValueError):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Accepted:
    name: str
    size: int
    type: str  # detected from the bytes: pdf, png, jpeg, tiff, webp, bmp
    pages: int


def validate(name: str, data: bytes, limits: Limits | None = None) -> Accepted:
    limits = limits or Limits.from_env()
    problem = name_problem(name)
    if problem:
        raise Rejected(problem)
    if not data:
        raise Rejected("文件为空（0 字节），请重新选择文件")
    if len(data) > limits.max_bytes:
        raise Rejected(f"文件过大：{len(data) / 1048576:.1f} MB，上限为 {limits.max_bytes / 1048576:.0f} MB")
    kind = sniff(data[:1024])
    if kind not in EXTENSIONS:
        raise Rejected("不支持的文件类型：只接受 PDF、PNG、JPEG、TIFF、WebP、BMP 文件")
    if not extension_matches(name, kind):
        raise Rejected(f"文件扩展名与内容不符：文件内容是 {TYPE_NAMES[kind]}，请使用正确的扩展名（如 "
                       + "、".join(sorted(EXTENSIONS[kind])) + "）")
    try:
        if kind == "pdf":
            pages = pdfcheck.check(data, limits.max_pages, limits.max_page_points)
        else:
            pages = imagecheck.check(data, limits.max_pixels, limits.max_pages, limits.max_total_pixels)
    except (pdfcheck.PdfProblem, imagecheck.ImageProblem) as exc:
        raise Rejected(str(exc)) from exc
    return Accepted(name=name, size=len(data), type=kind, pages=pages)
