"""Pillow preprocessing before OCR, one small function per step, chained by name.

Which steps run by default is decided by measurement on the fixture corpus (bench/ocr.py): a step
stays in DEFAULT_STEPS only if it improves field accuracy of the default engine at small cost."""
from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter, ImageOps

from checks.flatten import flatten
from checks.seal import erase as unseal

MIN_WIDTH = 1000  # narrow scans with low text are upscaled to this width (small text loses strokes in detection)
MIN_TEXT_HEIGHT = 20  # px: text rows at least this high are read as they are (bench/ocr.py section 7)
MAX_SIDE = 2400  # very large photos are reduced: OCR time grows with area, accuracy does not


def exif(img: Image.Image) -> Image.Image:
    return ImageOps.exif_transpose(img)


def gray(img: Image.Image) -> Image.Image:
    return img.convert("L")


def text_height(img: Image.Image, strips: int = 8) -> float:
    """Median height in pixels of the image's text rows: runs of rows holding ink (against the
    local background, as `binarise`) within each of `strips` vertical strips, so that a picture or
    seal beside the text does not join rows; runs under 3 px (rulings, specks) are not text."""
    ink = np.asarray(binarise(img)) == 0
    runs: list[int] = []
    for strip in np.array_split(ink, min(strips, max(1, ink.shape[1] // 40)), axis=1):
        rows = strip.sum(axis=1) >= max(1, strip.shape[1] // 200)
        edges = np.flatnonzero(np.diff(np.concatenate(([0], rows.astype(np.int8), [0]))))
        runs += [int(e - s) for s, e in zip(edges[::2], edges[1::2]) if e - s >= 3]
    return float(np.median(runs)) if runs else 0.0


def upscale(img: Image.Image) -> Image.Image:
    """Any image narrower than MIN_WIDTH enlarged to it (measured against `resize` in bench/ocr.py)."""
    w, h = img.size
    return img.resize((MIN_WIDTH, round(h * MIN_WIDTH / w)), Image.LANCZOS) if w < MIN_WIDTH else img


def resize(img: Image.Image) -> Image.Image:
    """Upscale a narrow image only when its text rows are lower than MIN_TEXT_HEIGHT (small sharp
    crops read worse enlarged); reduce very large photos."""
    w, h = img.size
    if w < MIN_WIDTH:
        return upscale(img) if text_height(img) < MIN_TEXT_HEIGHT else img
    if max(w, h) > MAX_SIDE:
        f = MAX_SIDE / max(w, h)
        return img.resize((round(w * f), round(h * f)), Image.LANCZOS)
    return img


def speckle_ratio(img: Image.Image) -> float:
    """Share of isolated dark pixels (dark, with all four neighbours light), sampled on every 4th row."""
    full = np.asarray(img.convert("L"))
    rows = np.arange(1, full.shape[0] - 1, 4)
    g = full[rows]
    centre = g[:, 1:-1] < 100
    light = ((full[rows - 1, 1:-1] > 170) & (full[rows + 1, 1:-1] > 170)
             & (g[:, :-2] > 170) & (g[:, 2:] > 170))
    return float((centre & light).mean())


def denoise(img: Image.Image) -> Image.Image:
    """Median filter, only on pages with salt-and-pepper noise: it costs a tenth of an OCR pass."""
    if speckle_ratio(img) < 0.0008:
        return img
    return img.convert("L").filter(ImageFilter.MedianFilter(3))


def binarise(img: Image.Image) -> Image.Image:
    """Threshold against a blurred background estimate, so uneven light does not blacken a corner."""
    g = np.asarray(img.convert("L"), dtype=np.float32)
    small = img.convert("L").resize((max(1, img.width // 16), max(1, img.height // 16)), Image.BILINEAR)
    bg = np.asarray(small.filter(ImageFilter.GaussianBlur(4)).resize(img.size, Image.BILINEAR), dtype=np.float32)
    ink = g < bg * 0.78
    return Image.fromarray(np.where(ink, 0, 255).astype(np.uint8))


def deskew(img: Image.Image) -> Image.Image:
    """Rotate pages skewed by a degree or more (less does not disturb the engines); bilinear is half
    the cost of bicubic and reads the same."""
    angle = skew_angle(img)
    if abs(angle) < 1.0:
        return img
    fill = 255 if img.mode == "L" else (255, 255, 255)
    return img.rotate(angle, resample=Image.BILINEAR, expand=True, fillcolor=fill)


def skew_angle(img: Image.Image, limit: float = 6.0, step: float = 0.5) -> float:
    """The rotation that makes text rows sharpest (largest variance of the row ink profile)."""
    small = img.convert("L")
    small = small.resize((500, max(1, round(500 * small.height / small.width))))
    ink = Image.fromarray((np.asarray(small) < 160).astype(np.uint8) * 255)
    best, best_score = 0.0, -1.0
    for a in np.arange(-limit, limit + step / 2, step):
        rows = np.asarray(ink.rotate(float(a), resample=Image.NEAREST)).sum(axis=1, dtype=np.float64)
        score = float(np.var(np.diff(rows)))
        if score > best_score:
            best, best_score = float(a), score
    return best


def unrule(img: Image.Image, length: int = 60) -> Image.Image:
    """Erase table rulings (ink runs longer than `length` px across or down): tesseract reads a
    bordered table as one block of noise, and loses whole rows with it."""
    g = np.asarray(img.convert("L"))
    ink = g < 128
    lines = _long_runs(ink, length, 1) | _long_runs(ink, length, 0)
    return Image.fromarray(np.where(lines, 255, g).astype(np.uint8))


def _long_runs(ink: np.ndarray, k: int, axis: int) -> np.ndarray:
    a = np.moveaxis(ink, axis, 0).astype(np.int32)
    c = np.concatenate([np.zeros((1,) + a.shape[1:], np.int32), np.cumsum(a, axis=0)])
    full = ((c[k:] - c[:-k]) == k).astype(np.int32)  # window starting here is all ink
    f = np.concatenate([np.zeros((1,) + a.shape[1:], np.int32), np.cumsum(full, axis=0)])
    idx = np.arange(a.shape[0])
    covered = f[np.minimum(idx + 1, len(f) - 1)] - f[np.maximum(idx - k + 1, 0)] > 0
    return np.moveaxis(covered, 0, axis)


STEPS = {"exif": exif, "gray": gray, "resize": resize, "upscale": upscale, "flatten": flatten, "unseal": unseal,
         "deskew": deskew, "denoise": denoise, "binarise": binarise, "unrule": unrule}
# Measured (bench/ocr.py sections 4 and 5): RapidOCR needs denoise for speckled scans (47 % -> 100 %
# of fields) and deskew for phone photos (90.5 % -> 99.3 %); binarise hurts it (97.1 %). Tesseract
# also needs binarise (27 % -> 73 % on uneven light, photos, clean pages) and its rulings erased.
# flatten (phone photos warped upright) and unseal (red seal ink whitened): 10 generalisation-corpus
# photos 68/74 -> 69/74 -> 72/74 fields; section 6 quick, all five layouts 684/694 -> 690/694.
DEFAULT_STEPS = ("exif", "resize", "flatten", "unseal", "denoise", "deskew")
ENGINE_EXTRA = {"tesseract": ("binarise", "unrule")}


def steps_for(engine: str | None) -> tuple[str, ...]:
    return DEFAULT_STEPS + ENGINE_EXTRA.get(engine or "", ())


def run(img: Image.Image, steps=DEFAULT_STEPS) -> Image.Image:
    for name in steps:
        img = STEPS[name](img)
    return img
