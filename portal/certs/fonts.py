"""The CJK TrueType font for certificates and list PDFs, and the pinyin fallback for names.

Tianjin's rule (天津市人社局 电子职称证书管理通知): rare characters the certificate cannot print are replaced by pinyin,
with a visible mark so the issuing body annotates them by hand."""
from __future__ import annotations

import os
from functools import lru_cache

from fontTools.ttLib import TTCollection, TTFont
from pypinyin import Style, pinyin

# (path, index in the collection); the first that exists is used; PORTAL_CJK_FONT=path[:index] overrides.
CANDIDATES = (
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
)
RARE_MARK = "※"
RARE_NOTE = "※ 姓名中的生僻字无法以本字体显示，已以汉语拼音代替，由发证机构在拼音旁手工标注该字并加盖公章。"


class FontMissing(RuntimeError):
    pass


@lru_cache(maxsize=1)
def cjk_font() -> tuple[str, int]:
    override = os.environ.get("PORTAL_CJK_FONT")
    options = [(override.rsplit(":", 1)[0], int(override.rsplit(":", 1)[1]) if ":" in override else 0)] \
        if override else list(CANDIDATES)
    for path, index in options:
        if os.path.isfile(path):
            return path, index
    raise FontMissing("找不到中文字体（需要 fonts-wqy-microhei 或 fonts-noto-cjk），无法生成PDF")


@lru_cache(maxsize=4)
def _cmap(path: str, index: int) -> frozenset[int]:
    font = TTCollection(path).fonts[index] if path.lower().endswith(".ttc") else TTFont(path)
    return frozenset(font.getBestCmap())


def printable(text: str, font: tuple[str, int] | None = None) -> bool:
    cmap = _cmap(*(font or cjk_font()))
    return all(ord(ch) in cmap or ch.isspace() for ch in text)


def printable_name(name: str, font: tuple[str, int] | None = None) -> str:
    """The name as printed: each character the font lacks becomes [pinyin], then the mark ※."""
    return _printable_name(name, font or cjk_font())


@lru_cache(maxsize=65_536)  # names repeat across a batch; a name's printed form depends on the font only
def _printable_name(name: str, font: tuple[str, int]) -> str:
    cmap = _cmap(*font)
    out, replaced = [], False
    for ch in name:
        if ord(ch) in cmap:
            out.append(ch)
            continue
        reading = pinyin(ch, style=Style.TONE, errors=lambda c: [f"U+{ord(c):04X}"])[0][0]
        out.append(f"[{reading}]")
        replaced = True
    return "".join(out) + (RARE_MARK if replaced else "")
