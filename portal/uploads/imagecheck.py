"""Image checks: frames and pixels (per frame and in total) from the headers before decoding
anything, then a decode one frame at a time (so a truncated file is refused at upload)."""
from __future__ import annotations

import io
import warnings

from PIL import Image


class ImageProblem(Exception):
    pass


def _sizes(img, max_pages: int) -> list[tuple[int, int]]:
    """Every frame's size, read from the headers (seeking a TIFF reads its next IFD, not its pixels)."""
    sizes = []
    for i in range(max_pages + 1):
        try:
            img.seek(i)
        except EOFError:
            break
        sizes.append(img.size)
    return sizes


def check(data: bytes, max_pixels: int, max_pages: int, max_total_pixels: int | None = None) -> int:
    """The frame count of an acceptable image; raises ImageProblem with a Chinese reason otherwise."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            img = Image.open(io.BytesIO(data))
            sizes = _sizes(img, max_pages)
            if len(sizes) > max_pages:
                raise ImageProblem(f"图片页数过多：超过 {max_pages} 页（帧），上限为 {max_pages} 页")
            for w, h in sizes:
                if w * h > max_pixels:
                    raise ImageProblem(f"图片像素过多：{w}×{h}，上限为 {max_pixels // 1_000_000} 百万像素（疑似解压炸弹）")
                if w == 0 or h == 0:
                    raise ImageProblem("图片尺寸为零")
            total = sum(w * h for w, h in sizes)
            if max_total_pixels and total > max_total_pixels:
                raise ImageProblem(f"图片总像素过多：{len(sizes)} 页合计 {total // 1_000_000} 百万像素，"
                                   f"上限为 {max_total_pixels // 1_000_000} 百万像素，请降低扫描分辨率或分开上传")
            for i in range(len(sizes)):
                img.seek(i)
                img.load()
        except ImageProblem:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise ImageProblem("图片像素过多（疑似解压炸弹），不予接收") from exc
        except Exception as exc:  # Pillow raises OSError, SyntaxError, ValueError… for broken files
            raise ImageProblem("图片文件已损坏或不完整，无法解码") from exc
    return len(sizes)
