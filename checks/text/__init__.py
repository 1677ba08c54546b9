"""Text backends: get a file's text lines, from a PDF text layer where it is usable, else by OCR.

Contract: `read(path, engine=None) -> Reading`. A Reading holds the page lines as (text, score)
pairs with normalised text, the source ("pdf-text" when no page needed OCR, else "ocr") and
findings (dicts) about how it was read. Backends are registered by sniffed file type."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from checks.pages import sniff


@dataclass
class Reading:
    lines: list[tuple[str, float]] = field(default_factory=list)
    source: str = "pdf-text"
    findings: list[dict] = field(default_factory=list)
    pages: int = 0

    @property
    def text(self) -> str:
        return "\n".join(t for t, _ in self.lines)


class Unreadable(Exception):
    """The file cannot be read as a document; the message says why (Chinese)."""


BACKENDS = {"pdf": "checks.text.pdf", "png": "checks.text.image", "jpeg": "checks.text.image",
            "tiff": "checks.text.image", "webp": "checks.text.image", "bmp": "checks.text.image",
            "gif": "checks.text.image"}


def read(path: str | Path, engine: str | None = None) -> Reading:
    import importlib

    try:
        with open(path, "rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        raise Unreadable(f"无法打开文件：{exc.strerror or exc}") from exc
    if not head:
        raise Unreadable("文件为空")
    kind = sniff(head)
    if kind not in BACKENDS:
        raise Unreadable("不支持的文件类型：只接受 PDF 或图片（PNG、JPEG、TIFF 等）")
    return importlib.import_module(BACKENDS[kind]).read(Path(path), engine)
