"""A phone photo of a sheet on a desk, flattened: the sheet's four corners are found (the bright
region against a darker surround) and the sheet is warped to an upright rectangle, so that table
rows are straight and parallel again. A page that fills the image (a scan) is left as it is."""
from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter

WORK = 320          # px: the corners are looked for on a copy this wide
MIN_SHARE = 0.35    # the sheet covers at least this share of the image ...
MAX_SHARE = 0.93    # ... and leaves a surround of at least the rest
MIN_FRAME = 0.85    # share of the image's border that must be surround (not sheet)
MIN_FILL = 0.93     # share of the corners' quadrilateral the sheet must fill (it is a quadrilateral)
MIN_STEP = 40       # grey levels the sheet's edge must rise over a few pixels (light falling off does not)


def _sheet_mask(img: Image.Image) -> tuple[np.ndarray, np.ndarray, float]:
    """(bright mask on the small copy, the copy, scale back to the image): text is wiped by a max
    filter, then sheet and surround are split at the Otsu threshold of the grey levels."""
    scale = img.width / WORK
    small = img.convert("L").resize((WORK, max(1, round(img.height / scale))), Image.BILINEAR)
    g = np.asarray(small.filter(ImageFilter.MaxFilter(5)), dtype=np.uint8)
    hist = np.bincount(g.ravel(), minlength=256).astype(np.float64)
    levels = np.arange(256)
    w0 = np.cumsum(hist)
    m0 = np.cumsum(hist * levels)
    total, mean = w0[-1], m0[-1]
    between = (mean * w0 / total - m0) ** 2 / np.maximum(w0 * (total - w0), 1)
    return g > int(np.argmax(between)), g, scale


def _area(quad: np.ndarray) -> float:
    x, y = quad[:, 0], quad[:, 1]
    return 0.5 * abs(float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))))


def _sharp_edges(g: np.ndarray, quad: np.ndarray, reach: int = 4) -> bool:
    """The grey level steps up across every side of the quadrilateral, as at a sheet's edge."""
    centre = quad.mean(axis=0)
    steps = []
    for a, b in zip(quad, np.roll(quad, -1, axis=0)):
        for t in (0.25, 0.5, 0.75):
            p = a + t * (b - a)
            inward = (centre - p) / max(np.linalg.norm(centre - p), 1e-6)
            (xi, yi), (xo, yo) = np.round(p + reach * inward).astype(int), np.round(p - reach * inward).astype(int)
            h, w = g.shape
            if 0 <= xo < w and 0 <= yo < h and 0 <= xi < w and 0 <= yi < h:
                steps.append(int(g[yi, xi]) - int(g[yo, xo]))
    return len(steps) >= 8 and float(np.median(steps)) >= MIN_STEP


def corners(img: Image.Image) -> np.ndarray | None:
    """The sheet's corners (top-left, top-right, bottom-right, bottom-left) in image pixels, or
    None when the image shows no sheet against a surround."""
    mask, g, scale = _sheet_mask(img)
    share = mask.mean()
    frame = np.concatenate([mask[0], mask[-1], mask[:, 0], mask[:, -1]])
    if not MIN_SHARE <= share <= MAX_SHARE or 1 - frame.mean() < MIN_FRAME:
        return None
    ys, xs = np.nonzero(mask)
    s, d = xs + ys, xs - ys
    quad = np.array([[xs[i], ys[i]] for i in (s.argmin(), d.argmax(), s.argmax(), d.argmin())], dtype=np.float64)
    if mask.sum() < MIN_FILL * _area(quad) or not _sharp_edges(g, quad):
        return None
    return (quad + 0.5) * scale


def _coefficients(target: np.ndarray, source: np.ndarray) -> list[float]:
    """The 8 coefficients of PIL's perspective transform taking output `target` points to `source`."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(target, source):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    return np.linalg.solve(np.array(rows), np.array(rhs)).tolist()


def flatten(img: Image.Image) -> Image.Image:
    """The sheet warped to an upright rectangle of its own size, or the image unchanged."""
    quad = corners(img)
    if quad is None:
        return img
    tl, tr, br, bl = quad
    w = round((np.linalg.norm(tr - tl) + np.linalg.norm(br - bl)) / 2)
    h = round((np.linalg.norm(bl - tl) + np.linalg.norm(br - tr)) / 2)
    target = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float64)
    return img.transform((w, h), Image.PERSPECTIVE, _coefficients(target, quad), resample=Image.BICUBIC,
                         fillcolor=255 if img.mode == "L" else (255, 255, 255))
