"""Score extraction on the fixture corpus: kind accuracy and field-level exact matches, by group."""
from __future__ import annotations

import os
import tempfile
from collections import defaultdict
from pathlib import Path

from checks import extract_document
from tests.checks import corpus


def samples(kinds, seeds, hows, fmts=("png",)):
    return [(k, s, h, f) for k in kinds for s in seeds for h in hows for f in fmts
            if f == "png" or h == "clean"]


def run(sample_list, engine=None, workdir=None) -> list[dict]:
    """Extract every sample; one record per document with its expected and read values and timing."""
    out = []
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        for kind, seed, how, fmt, *rest in sample_list:
            layout = rest[0] if rest else None
            data, suffix, want_kind, want = corpus.make_sample(kind, seed, how, fmt, layout)
            path = Path(tmp) / f"{kind}-{seed}-{how}-{layout}{suffix}"
            path.write_bytes(data)
            t0 = os.times()
            got = extract_document(path, engine=engine)
            t1 = os.times()
            out.append({"kind": kind, "how": how if fmt == "png" else fmt, "want_kind": want_kind,
                        "layout": layout or "own", "split": corpus.split(layout), "group": _group(how, fmt),
                        "got_kind": got["kind"], "want": want, "got": got["fields"], "source": got["source"],
                        "seconds": sum(t1[:4]) - sum(t0[:4])})  # CPU, children (tesseract) included
    return out


def _group(how: str, fmt: str) -> str:
    """clean / scan / photo for images, the format for PDFs (text-layer, scanned)."""
    if fmt != "png":
        return fmt
    return "photo" if how == "photo" else "clean" if how == "clean" else "scan"


def score(records, group=None) -> dict:
    """{group: (fields exact, fields total, kinds right, documents)}."""
    table = defaultdict(lambda: [0, 0, 0, 0])
    for r in records:
        key = r[group] if group else "all"
        row = table[key]
        row[2] += r["got_kind"] == r["want_kind"]
        row[3] += 1
        if r["want_kind"] == "unknown":
            continue
        for field, value in r["want"].items():
            row[0] += r["got"].get(field) == value
            row[1] += 1
    return {k: tuple(v) for k, v in table.items()}


def misses(records) -> list[tuple]:
    return [(r["kind"], r.get("layout", "own"), r["how"], f, v, r["got"].get(f)) for r in records if r["want_kind"] != "unknown"
            for f, v in r["want"].items() if r["got"].get(f) != v]


def table(records, groups=("split", "group")) -> str:
    """Fields and kinds right per value of each group key, per split (tuned / held_out / own)."""
    lines = [f"{'split':9s} {'by':7s} {'value':16s} {'fields':>16s} {'kind':>10s}"]
    for split in sorted({r["split"] for r in records}):
        part = [r for r in records if r["split"] == split]
        for group in ("all", *groups):
            if group == "split":
                continue
            for key, (e, t, k, d) in sorted(score(part, None if group == "all" else group).items()):
                lines.append(f"{split:9s} {group:7s} {key:16s} {e:>5d}/{t:<5d}{e / max(t, 1):6.1%} {k:>4d}/{d:<4d}")
    return "\n".join(lines)


def rate(records, **where) -> tuple[float, float, int]:
    """(field accuracy, kind accuracy, fields counted) of the records matching every key=value."""
    part = [r for r in records if all(r[k] == v for k, v in where.items())]
    if not part:
        return 1.0, 1.0, 0
    e, t, k, d = score(part)["all"]
    return e / max(t, 1), k / d, t
