"""Jobs without a dispatcher: `run_inline` does the dispatcher's work in the calling process (the
command line without a running portal, tests); `settle` wakes the dispatcher, or runs inline."""
from __future__ import annotations

from portal.jobs import queue
from portal.jobs.dispatcher import execute, running
from portal.jobs.pool import WorkerFailed
from portal.jobs.worker import resolve


def _in_process(function: str, payload):
    try:
        return resolve(function)(payload)
    except MemoryError:
        raise WorkerFailed("读取超出内存上限") from None
    except Exception as exc:
        raise WorkerFailed(f"读取出错：{type(exc).__name__}: {exc}"[:300]) from None


def run_inline(db, until: list[str] | None = None, limit: int = 10_000) -> int:
    """Run runnable jobs in this process (no dispatcher running: the command line, tests) until the
    jobs `until` are finished or nothing is runnable; back-offs are not waited for. Returns the count."""
    n = 0
    while n < limit:
        if until is not None:
            with db.read() as cur:
                until = queue.still_open(cur, until)
            if not until:
                break
        job = queue.claim(db, "inline", ignore_backoff=True)
        if job is None:
            break
        execute(db, job, _in_process)
        n += 1
    return n


def settle(db, job_ids: list[str], *, wait: bool, timeout: float | None = None) -> None:
    """After enqueueing: wake the dispatcher; with `wait`, return once the jobs are finished (by the
    dispatcher when one runs, else in this process)."""
    dispatcher = running(db)
    if dispatcher is not None:
        dispatcher.notify()
        if wait:
            dispatcher.wait(job_ids, timeout)
    elif wait:
        run_inline(db, until=job_ids)
