"""Document processing in the portal process: the job kinds (reading a file, analysing a
submission), the dispatcher with its workers (a local pool, or Ray when PORTAL_RAY_ADDRESS is set),
and at start the jobs a stopped portal left behind; beside them the periodic sweep (deadline
reminders, SMS waiting for the gateway)."""
from __future__ import annotations

import atexit
import os

from portal.jobs import dispatcher, queue
from portal.jobs.periodic import Ticker
from portal.jobs.pool import Worker, pool_size
from portal.services.cases import analysis_job, analysis_store
from portal.services.documents import reading_jobs
from portal.services.people import reminders
from portal.store import rows

# Deadline reminders and SMS waiting for the gateway: checked this often (PORTAL_SWEEP_SECONDS).
SWEEP_SECONDS = float(os.environ.get("PORTAL_SWEEP_SECONDS", "300"))
_tickers: dict = {}
_databases: dict = {}  # id -> database whose processing runs, stopped at process exit
_exit_handler: list = []


def resume(db) -> int:
    """Queue again what a stopped portal left: running jobs, analyses recorded before they were jobs,
    attached files never read. Returns how many jobs are queued now."""
    queue.recover(db)
    with db.transaction() as cur:
        for case_id, submission_no in analysis_store.unqueued(cur):
            analysis_job.enqueue(cur, case_id, submission_no)
        for row in rows.many(cur, "select_unread_attached_uploads"):
            reading_jobs.enqueue(cur, row["id"])
    with db.read() as cur:
        return sum(n for (_, state), n in queue.counts(cur).items() if state == "queued")


def executors() -> list:
    """Ray actors when PORTAL_RAY_ADDRESS is set, else one local worker per core (PORTAL_WORKERS)."""
    address = os.environ.get("PORTAL_RAY_ADDRESS")
    if address:
        from portal.jobs import ray_pool
        return ray_pool.executors(address)
    return [Worker(f"local-{n}") for n in range(pool_size())]


def start(db) -> dispatcher.Dispatcher:
    """Resume left-over jobs and start the dispatcher for `db` (once per process and database)."""
    running = dispatcher.running(db)
    if running is not None:
        return running
    resume(db)
    if not _exit_handler:  # registered after the store's own exit handlers, so it runs before them
        _exit_handler.append(atexit.register(_stop_all))
    _databases[id(db)] = db
    _tickers[id(db)] = Ticker(db, reminders.sweep, SWEEP_SECONDS, name="reminders").start()
    return dispatcher.Dispatcher(db, executors()).start()


def stop(db) -> None:
    _databases.pop(id(db), None)
    running = dispatcher.running(db)
    if running is not None:
        running.stop()
    ticker = _tickers.pop(id(db), None)
    if ticker is not None:
        ticker.stop()


def _stop_all() -> None:
    """At process exit: stop every dispatcher and sweep thread and wait for them. A daemon thread still
    inside DuckDB when the interpreter finalises is unwound through DuckDB's C++ and aborts the process;
    the audit sealer's exit handler, which runs after this one, then seals what they wrote."""
    for db in list(_databases.values()):
        stop(db)


def job_counts(db) -> dict[tuple[str, str], int]:
    with db.read() as cur:
        return queue.counts(cur)


def join_cluster(address: str, cpus: int | None) -> int:
    """`portal worker --ray HEAD:PORT`: this machine's cores (all, or `cpus`) join the Ray cluster
    until stopped. Refuses, in Chinese, a malformed address, a bad CPU count or Ray not installed."""
    from portal.domain.errors import InvalidInput
    from portal.jobs import ray_node
    if not ray_node.valid_address(address):
        raise InvalidInput(f"Ray 地址格式应为 主机:端口（如 10.0.0.5:6379），收到 {address!r}")
    if cpus is not None and cpus < 1:
        raise InvalidInput("--num-cpus 必须为正整数")
    try:
        return ray_node.join(address, cpus or os.cpu_count() or 1)
    except FileNotFoundError:
        raise InvalidInput("未安装 Ray：请先安装 pip install -e '.[cluster]'") from None
