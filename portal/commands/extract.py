"""`portal extract FILE... [--json] [--ray [ADDRESS]]`: read, classify and extract documents in
parallel on every core, or on a Ray cluster (output identical).

With --json: one design-4.3 object per line per file, in the order given. Without it: one summary
line per file with ID and phone numbers masked. A bad file gives kind unknown and a finding; it
never stops the others."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from portal.commands import CliError
from portal.domain.masking import mask_id, mask_phone


def register(sub) -> None:
    p = sub.add_parser("extract", help="识别材料文件：分类并提取字段")
    p.add_argument("files", nargs="*", metavar="FILE")
    p.add_argument("--json", action="store_true", help="每个文件输出一行 JSON")
    p.add_argument("--engine", default=None, help="OCR 引擎：rapidocr（默认）或 tesseract")
    p.add_argument("--jobs", type=int, default=None, help="并行进程数（默认：全部核心）")
    p.add_argument("--ray", nargs="?", const="local", default=None, metavar="ADDRESS",
                   help="在 Ray 集群上识别（ADDRESS 如 10.0.0.5:6379；省略则为本次运行启动本机 Ray）")
    p.set_defaults(func=handle)


def handle(args) -> int:
    from portal.services.documents import reading
    reading.check_options(args.engine, args.jobs)
    files = list(args.files)
    if args.ray and args.ray != "local" and Path(args.ray).exists():  # `--ray a.pdf b.pdf`: a file, not an address
        files, args.ray = [args.ray, *files], "local"
    if not files:
        raise CliError("请给出至少一个要识别的文件 (FILE...)")
    for result in reading.run(files, args.engine, args.jobs, ray=args.ray):
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
