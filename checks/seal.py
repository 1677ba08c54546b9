"""Red seal detection: a ring of red pixels (round or oval) anywhere on the page, numpy only.

Red ink is found by colour; the densest red region is taken as the seal candidate and accepted
when its outermost pixels lie near one ellipse and cover most directions around its centre, which
red text or a red line never does."""
from __future__ import annotations

import numpy as np
from PIL import Image, ImageOps

WORK_WIDTH = 500
MIN_RED = 0.002  # share of the page in red ink below which there is no seal
COVERAGE = 0.75  # share of 36 directions the ring must reach


def red_mask(img: Image.Image) -> np.ndarray:
    small = ImageOps.exif_transpose(img).convert("RGB")
    small = small.resize((WORK_WIDTH, max(1, round(WORK_WIDTH * small.height / small.width))))
    a = np.asarray(small).astype(np.int16)
    r, g, b = a[..., 0], a[..., 1], a[..., 2]
    return (r > 110) & (r - g > 50) & (r - b > 40)


def is_colour(img: Image.Image) -> bool:
    """False for grayscale scans, where a seal cannot be told from black ink."""
    return img.mode not in ("1", "L", "LA", "I", "I;16", "F")


def has_seal(img: Image.Image) -> bool:
    mask = red_mask(img)
    if mask.mean() < MIN_RED:
        return False
    ys, xs = np.nonzero(mask)
    cell = 25  # densest 25-px cell seeds the candidate region
    hist, ey, ex = np.histogram2d(ys, xs, bins=[max(1, mask.shape[0] // cell), max(1, mask.shape[1] // cell)])
    iy, ix = np.unravel_index(np.argmax(hist), hist.shape)
    cy, cx = (ey[iy] + ey[iy + 1]) / 2, (ex[ix] + ex[ix + 1]) / 2
    reach = mask.shape[1] * 0.22
    near = (np.abs(ys - cy) < reach) & (np.abs(xs - cx) < reach)
    ys, xs = ys[near], xs[near]
    if len(ys) < 50:
        return False
    cy, cx = (ys.min() + ys.max()) / 2, (xs.min() + xs.max()) / 2
    ry, rx = max((ys.max() - ys.min()) / 2, 1), max((xs.max() - xs.min()) / 2, 1)
    if not 0.5 < ry / rx < 2.0 or rx < 12:
        return False
    d = np.hypot((ys - cy) / ry, (xs - cx) / rx)
    ring = d > 0.82
    angles = np.arctan2(ys[ring] - cy, xs[ring] - cx)
    bins = np.unique(((angles + np.pi) / (2 * np.pi) * 36).astype(int) % 36)
    return bool(len(bins) / 36 >= COVERAGE and ring.mean() > 0.2)


def erase(img: Image.Image) -> Image.Image:
    """Red seal ink whitened before OCR (a seal over body text hides whole rows from text detection);
    text under the seal stays, as the ink there is dark, not red. Grey pages are left as they are."""
    if img.mode != "RGB":
        return img
    a = np.asarray(img)
    r, g, b = (a[..., i].astype(np.int16) for i in range(3))
    red = (r > 110) & (r - g > 50) & (r - b > 40)
    if red.mean() < MIN_RED / 4:
        return img
    out = a.copy()
    out[red] = 255
    return Image.fromarray(out)
