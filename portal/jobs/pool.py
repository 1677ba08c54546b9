"""The local worker pool: one long-lived process per slot, started on first use and replaced when
it dies or overruns. `Worker.run(function, payload)` returns the result or raises WorkerFailed with
a Chinese reason; the calling (dispatcher) thread is the only one talking to its worker."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
from multiprocessing.connection import Connection

from portal.jobs.worker import WorkerLimits


class WorkerFailed(Exception):
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def worker_env() -> dict:
    """One OCR thread per worker (the pool spreads work over the cores) and the render budget."""
    from portal.uploads import Limits
    return {"CHECKS_OCR_THREADS": "1", "OMP_THREAD_LIMIT": "1", "OMP_NUM_THREADS": "1",
            "CHECKS_RENDER_PIXELS": str(Limits.from_env().render_pixels)}


def death_reason(code: int | None, limits: WorkerLimits) -> str:
    if code == -signal.SIGXCPU:
        return f"读取超出 CPU 时间上限（{limits.cpu_seconds} 秒）"
    if code == -signal.SIGKILL:
        return "读取进程被终止"
    if code in (-signal.SIGSEGV, -signal.SIGABRT, -signal.SIGBUS):
        return f"读取进程异常退出（可能超出内存上限 {limits.memory_bytes // 2**20} MB）"
    return f"读取进程异常退出（退出码 {code}）"


class Worker:
    def __init__(self, name: str, limits: WorkerLimits | None = None, env: dict | None = None):
        self.name, self.limits = name, limits or WorkerLimits.from_env()
        self.env = env if env is not None else worker_env()
        self.proc = self.conn = None
        self.replaced = 0
        self._lock = threading.Lock()

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self._alive() else None

    def _alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def _start(self) -> None:
        # a fresh interpreter (`python -m portal.jobs.worker`), not a fork of the portal and its threads
        parent, child = socket.socketpair()
        limits = json.dumps([self.limits.memory_bytes, self.limits.cpu_seconds, self.limits.wall_seconds])
        self.proc = subprocess.Popen([sys.executable, "-m", "portal.jobs.worker", str(child.fileno()), limits],
                                     pass_fds=(child.fileno(),), env=os.environ | self.env, stdin=subprocess.DEVNULL,
                                     cwd=_root())
        child.close()
        self.conn = Connection(parent.detach())

    def _reap(self, kill: bool = False) -> int | None:
        proc, self.proc = self.proc, None
        if proc is None:
            return None
        if kill and proc.poll() is None:
            proc.kill()
        try:
            code = proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            code = proc.wait()
        self.conn.close()
        self.replaced += 1
        return code

    def run(self, function: str, payload: dict):
        with self._lock:
            if not self._alive():
                if self.proc is not None:
                    self._reap()
                self._start()
            try:
                self.conn.send((function, payload))
                ready = self.conn.poll(self.limits.wall_seconds)
            except (OSError, EOFError):
                ready = True
            if not ready:
                self._reap(kill=True)
                raise WorkerFailed(f"读取超时（超过 {self.limits.wall_seconds:.0f} 秒）")
            try:
                status, value = self.conn.recv()
            except (EOFError, OSError):
                raise WorkerFailed(death_reason(self._reap(), self.limits)) from None
            if status == "ok":
                return value
            if status == "memory":
                self._reap()
                raise WorkerFailed(f"读取超出内存上限（{self.limits.memory_bytes // 2**20} MB）")
            raise WorkerFailed(f"读取出错：{value}")

    def stop(self) -> None:
        with self._lock:
            if self.proc is not None:
                self._reap(kill=True)


def _root() -> str:
    """The directory holding the `portal` package, so the worker imports this very code."""
    import portal
    return os.path.dirname(os.path.dirname(os.path.abspath(portal.__file__)))


def pool_size() -> int:
    """PORTAL_WORKERS, else one worker per core."""
    return max(1, int(os.environ.get("PORTAL_WORKERS") or os.cpu_count() or 1))
