"""`portal extract FILE... [--json]`: read, classify and extract documents in parallel on every core.

With --json: one design-4.3 object per line per file, in the order given. Without it: one summary
line per file with ID and phone numbers masked. A bad file gives kind unknown and a finding; it
never stops the others."""
from __future__ import annotations

import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from portal.cli import CliError


def register(sub) -> None:
    p = sub.add_parser("extract", help="识别材料文件：分类并提取字段（design 4.3）")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true", help="每个文件输出一行 JSON")
    p.add_argument("--engine", default=None, help="OCR 引擎：rapidocr（默认）或 tesseract")
    p.add_argument("--jobs", type=int, default=None, help="并行进程数（默认：全部核心）")
    p.set_defaults(func=handle)


def _init_worker(threads: str) -> None:
    # one OCR thread per process: the pool, not the engine, spreads work over the cores
    os.environ["CHECKS_OCR_THREADS"] = threads
    os.environ["OMP_THREAD_LIMIT"] = threads


def _one(job: tuple[str, str | None]) -> dict:
    from checks import extract_document

    path, engine = job
    result = extract_document(path, engine=engine)
    result["file"] = path
    for finding in result["findings"]:
        finding["file"] = path  # name the file as the user gave it, like the result does
    return result


def run(files: list[str], engine: str | None = None, jobs: int | None = None):
    """Yield extraction results in input order, using a process pool when there is more than one file."""
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(files)))
    work = [(f, engine) for f in files]
    if jobs == 1:
        yield from map(_one, work)
        return
    with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=("1",)) as pool:
        yield from pool.map(_one, work)


def handle(args) -> int:
    from checks import ocr

    if args.engine and args.engine not in ocr.names():
        raise CliError(f"未知的 OCR 引擎 {args.engine!r}，可选：{', '.join(ocr.names())}")
    if args.jobs is not None and args.jobs < 1:
        raise CliError("--jobs 必须为正整数")
    from portal.masking import mask_id, mask_phone

    for result in run(args.files, args.engine, args.jobs):
        if args.json:
            print(json.dumps(result, ensure_ascii=False), flush=True)
            continue
        shown = dict(result["fields"])
        if "id_number" in shown:
            shown["id_number"] = mask_id(shown["id_number"])
        if "phone" in shown:
            shown["phone"] = mask_phone(shown["phone"])
        problems = "；".join(f["message"] for f in result["findings"] if f["severity"] != "info")
        print(f"{Path(result['file']).name}\t{result['kind']}\t{result['source']}\t"
              + json.dumps(shown, ensure_ascii=False) + (f"\t{problems}" if problems else ""))
    sys.stdout.flush()
    return 0
