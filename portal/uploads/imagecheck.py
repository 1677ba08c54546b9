"""Image checks: pixel count (per frame) before decoding anything, then a full decode."""
from __future__ import annotations

import io
import warnings

from PIL import Image


class ImageProblem(Exception):
    pass


def check(data: bytes, max_pixels: int, max_pages: int) -> int:
    """The frame count of an acceptable image; raises ImageProblem with a Chinese reason otherwise."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            img = Image.open(io.BytesIO(data))
            frames = getattr(img, "n_frames", 1)
            if frames > max_pages:
                raise ImageProblem(f"图片页数过多：{frames} 页，上限为 {max_pages} 页")
            for i in range(frames):
                img.seek(i)
                w, h = img.size
                if w * h > max_pixels:
                    raise ImageProblem(f"图片像素过多：{w}×{h}，上限为 {max_pixels // 1_000_000} 百万像素（疑似解压炸弹）")
                if w == 0 or h == 0:
                    raise ImageProblem("图片尺寸为零")
                img.load()
        except ImageProblem:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise ImageProblem("图片像素过多（疑似解压炸弹），不予接收") from exc
        except Exception as exc:  # Pillow raises OSError, SyntaxError, ValueError… for broken files
            raise ImageProblem("图片文件已损坏或不完整，无法解码") from exc
    return frames
