"""Reading documents in batch: classify and extract each file (checks.extract_document) in a process
pool over every core, or on a Ray cluster, in input order; a bad file gives kind unknown and a
finding, never stops others."""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor

from portal.domain.errors import InvalidInput
from portal.jobs.pool import WorkerFailed


def engine_names() -> list[str]:
    from checks import ocr

    return list(ocr.names())


def check_options(engine: str | None, jobs: int | None) -> None:
    """Refuse an unknown OCR engine or a non-positive process count, in Chinese."""
    if engine and engine not in engine_names():
        raise InvalidInput(f"未知的 OCR 引擎 {engine!r}，可选：{', '.join(engine_names())}")
    if jobs is not None and jobs < 1:
        raise InvalidInput("--jobs 必须为正整数")


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


def run(files: list[str], engine: str | None = None, jobs: int | None = None, ray: str | None = None):
    """Yield extraction results in input order, using a process pool when there is more than one file;
    with `ray` (an address, or "local" for a Ray started for this run) on a Ray cluster instead."""
    if ray:
        yield from _on_ray(files, engine, ray)
        return
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(files)))
    work = [(f, engine) for f in files]
    if jobs == 1:
        yield from map(_one, work)
        return
    with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=("1",)) as pool:
        yield from pool.map(_one, work)


def _on_ray(files: list[str], engine: str | None, address: str):
    try:
        from portal.jobs import ray_pool
        results = ray_pool.read_batch(files, engine, None if address == "local" else address)
        yield from results
    except ImportError:
        raise InvalidInput("未安装 Ray：请先安装 pip install -e '.[cluster]'") from None
    except ConnectionError as exc:
        raise InvalidInput(f"无法连接 Ray 集群 {address}：{exc}") from None
    except WorkerFailed as exc:  # a file beyond a worker's memory, CPU or time limit on a node
        raise InvalidInput(f"Ray 读取失败：{exc.reason}") from None
