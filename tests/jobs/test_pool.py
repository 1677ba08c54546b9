"""A worker that is killed, runs out of memory, overruns its CPU or wall time, or raises fails only
its own job; the next job gets a fresh worker."""
import os
import signal
import threading
import time

import pytest

from portal.jobs.pool import Worker, WorkerFailed
from portal.jobs.worker import WorkerLimits, resolve

T = "tests.jobs.tasks:"


@pytest.fixture
def worker():
    w = Worker("test", WorkerLimits(memory_bytes=700 * 2**20, cpu_seconds=2, wall_seconds=20), env={})
    yield w
    w.stop()


def test_a_job_runs_in_another_process_and_returns_its_result(worker):
    assert worker.run(T + "sleep", {"seconds": 0})["pid"] not in (None, os.getpid())


def test_a_job_over_the_address_space_limit_fails_and_the_worker_is_replaced(worker):
    with pytest.raises(WorkerFailed, match="内存上限"):
        worker.run(T + "allocate", {"megabytes": 2000})
    assert worker.run(T + "allocate", {"megabytes": 50})["allocated"] == 50 * 2**20
    assert worker.replaced == 1


def test_a_job_over_its_cpu_time_is_ended_by_the_kernel(worker):
    started = time.monotonic()
    with pytest.raises(WorkerFailed, match="CPU 时间上限"):
        worker.run(T + "spin", {"seconds": 30})
    assert time.monotonic() - started < 15
    assert worker.run(T + "sleep", {"seconds": 0})["slept"] == 0


def test_cpu_time_is_counted_per_job_not_per_worker(worker):
    for _ in range(3):  # 3 × 1.2 s on one worker, under a 2 s limit each
        assert worker.run(T + "spin", {"seconds": 1.2})["spun"] == 1.2


def test_a_job_over_its_wall_time_is_killed():
    w = Worker("test", WorkerLimits(memory_bytes=700 * 2**20, cpu_seconds=10, wall_seconds=1), env={})
    try:
        with pytest.raises(WorkerFailed, match="超时"):
            w.run(T + "sleep", {"seconds": 30})
        assert w.run(T + "sleep", {"seconds": 0})["slept"] == 0
    finally:
        w.stop()


def test_a_worker_killed_mid_job_fails_that_job_and_is_replaced(worker):
    first = worker.run(T + "sleep", {"seconds": 0})["pid"]
    threading.Timer(0.5, os.kill, (first, signal.SIGKILL)).start()
    with pytest.raises(WorkerFailed, match="被终止"):
        worker.run(T + "sleep", {"seconds": 10})
    assert worker.run(T + "sleep", {"seconds": 0})["pid"] != first


def test_an_exception_in_the_work_fails_the_job_and_keeps_the_worker(worker):
    pid = worker.run(T + "sleep", {"seconds": 0})["pid"]
    with pytest.raises(WorkerFailed, match="ValueError"):
        worker.run(T + "fail", {})
    assert worker.run(T + "sleep", {"seconds": 0})["pid"] == pid


def test_only_work_functions_of_the_allowed_packages_can_be_named():
    with pytest.raises(ValueError):
        resolve("os:system")


def test_a_worker_runs_at_a_lower_priority_than_the_portal(worker):
    pid = worker.run(T + "sleep", {"seconds": 0})["pid"]
    assert os.getpriority(os.PRIO_PROCESS, pid) > os.getpriority(os.PRIO_PROCESS, 0)
