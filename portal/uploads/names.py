"""Original file names: shown to people and used for the extension check, never as a path."""
from __future__ import annotations

import unicodedata

MAX_NAME = 255
EXTENSIONS = {
    "pdf": {".pdf"}, "png": {".png"}, "jpeg": {".jpg", ".jpeg", ".jpe", ".jfif"},
    "tiff": {".tif", ".tiff"}, "webp": {".webp"}, "bmp": {".bmp"},
}


def name_problem(name: str) -> str | None:
    """Why a file name is refused (Chinese), or None."""
    if not name or not name.strip():
        return "文件名为空"
    if len(name) > MAX_NAME:
        return "文件名过长（最多255个字符）"
    if "/" in name or "\\" in name:
        return "文件名不能包含路径分隔符（/ 或 \\）"
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in name):
        return "文件名不能包含控制字符"
    if name.strip() in (".", "..") or name.startswith("."):
        return "文件名不能以“.”开头"
    return None


def extension_matches(name: str, detected: str) -> bool:
    dot = name.rfind(".")
    return dot > 0 and name[dot:].lower() in EXTENSIONS.get(detected, set())
