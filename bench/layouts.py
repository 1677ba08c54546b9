"""Field and kind accuracy per layout of the generalisation corpus and the own corpus, on text-layer
PDFs and (optionally) a few images through OCR; prints accuracy.table and the misses.

Usage: python bench/layouts.py [--seeds 1,2] [--layouts ledger,vertical] [--images N] [--own] [--misses]"""
from __future__ import annotations

import sys
from pathlib import Path

# bench/ holds other scripts (e.g. queue.py) that would shadow standard modules of the same name
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import argparse  # noqa: E402

from tests.checks import accuracy, corpus  # noqa: E402

IMAGE_HOWS = ("clean", "rotate", "speckle", "photo", "blur", "jpeg")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", default="1,2")
    ap.add_argument("--layouts", default=",".join(corpus.LAYOUTS))
    ap.add_argument("--images", type=int, default=0, help="image samples per layout (OCR, ~3 s each)")
    ap.add_argument("--own", action="store_true", help="also the templates' own layout")
    ap.add_argument("--own-images", type=int, default=0, help="own-layout image samples (OCR)")
    ap.add_argument("--pdf", type=int, default=1, help="0: no text-layer PDFs")
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args()
    seeds = [int(s) for s in args.seeds.split(",")]
    layouts = args.layouts.split(",")
    kinds = corpus.wild_kinds()
    samples = [(k, s, "clean", "pdf", lay) for lay in layouts for k in kinds for s in seeds] if args.pdf else []
    n = 0
    read = [k for k in kinds if corpus.truth(k, corpus.random_fields(corpus.random.Random(0), k))[0] != "unknown"]
    for lay in layouts:
        for i in range(args.images):
            k = read[(n * 5 + 1) % len(read)]
            samples.append((k, 20 + i, IMAGE_HOWS[n % len(IMAGE_HOWS)], "png", lay))
            n += 1
    if args.own:
        samples += [(k, s, "clean", "pdf") for k in corpus.all_kinds() for s in seeds]
    own = corpus.all_kinds()
    samples += [(own[(i * 5 + 1) % len(own)], 30 + i, IMAGE_HOWS[i % len(IMAGE_HOWS)], "png") for i in range(args.own_images)]
    records = accuracy.run(samples)
    print(accuracy.table(records, groups=("group", "layout")))
    if args.misses:
        for m in accuracy.misses(records):
            print(*m, sep=" | ")
        for r in records:
            if r["got_kind"] != r["want_kind"]:
                print("KIND", r["kind"], r["layout"], r["how"], r["got_kind"])


if __name__ == "__main__":
    main()
