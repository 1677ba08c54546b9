"""Per-row codes into the distinct values of a column, and Python functions
applied once per distinct combination (so the batch path runs the scalar path's own checks)."""
from __future__ import annotations

import numpy as np
import polars as pl


def encode(s: pl.Series | None, n: int) -> tuple[np.ndarray, list]:
    """→ (code per row, distinct raw values); null cells get the last code, whose value is None."""
    if s is None:
        return np.zeros(n, dtype=np.int64), [None]
    s = s.cast(pl.Utf8)
    values = s.unique().drop_nulls().to_list()
    codes = s.cast(pl.Enum(values)).to_physical().fill_null(len(values))
    return codes.to_numpy().astype(np.int64), values + [None]


def combine(parts: list[tuple[np.ndarray, list]]) -> tuple[np.ndarray, list[tuple]]:
    """Codes of several columns → (code per row into the distinct combinations, the combinations)."""
    if len(parts) == 1:                            # codes are already dense
        codes, values = parts[0]
        return codes, [(v,) for v in values]
    sizes = [len(values) for _, values in parts]
    space = int(np.prod(sizes, dtype=np.float64))
    if space > 1 << 24:                            # many distinct values: sort the code rows
        uniq_rows, inverse = np.unique(np.stack([c for c, _ in parts], axis=1), axis=0, return_inverse=True)
        combos = [tuple(values[d] for (_, values), d in zip(parts, row)) for row in uniq_rows.tolist()]
        return inverse.reshape(-1).astype(np.int64), combos
    key = np.zeros(len(parts[0][0]), dtype=np.int64)
    for codes, size in zip((c for c, _ in parts), sizes):
        key = key * size + codes
    seen = np.zeros(space, dtype=bool)             # small key space: O(n) table instead of a sort
    seen[key] = True
    uniq = np.flatnonzero(seen)
    remap = np.zeros(space, dtype=np.int64)
    remap[uniq] = np.arange(len(uniq))
    inverse = remap[key]
    combos = []
    for k in uniq.tolist():
        digits = []
        for size in reversed(sizes):
            k, d = divmod(k, size)
            digits.append(d)
        combos.append(tuple(values[d] for (_, values), d in zip(parts, reversed(digits))))
    return inverse.astype(np.int64), combos


def apply(parts: list[tuple[np.ndarray, list]], fn) -> tuple[np.ndarray, list]:
    """Run `fn(*raw values)` once per distinct combination → (row → combination index, results)."""
    inverse, combos = combine(parts)
    return inverse, [fn(*combo) for combo in combos]


def gather(values: list, index: np.ndarray, dtype) -> pl.Series:
    """Per-row values from a per-combination list."""
    return pl.Series(values=values, dtype=dtype).gather(pl.Series(index))
