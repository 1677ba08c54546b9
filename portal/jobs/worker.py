"""A worker process: runs named work functions one at a time under an address-space limit
(RLIMIT_AS) and a CPU-time limit per job (RLIMIT_CPU, SIGXCPU ends the process); the parent adds
the wall-clock limit. A worker that ran out of memory answers once and exits, to be replaced."""
from __future__ import annotations

import importlib
import os
import resource
from dataclasses import dataclass

ALLOWED = ("portal.jobs.", "tests.")  # work functions live in these packages, nowhere else


@dataclass(frozen=True)
class WorkerLimits:
    """Per worker: 1.5 GB of address space; per job: 120 s of CPU and 120 s of wall time
    (PORTAL_WORKER_MEMORY_MB, PORTAL_WORKER_CPU_SECONDS, PORTAL_WORKER_WALL_SECONDS)."""
    memory_bytes: int = 1536 * 2**20
    cpu_seconds: int = 120
    wall_seconds: float = 120.0

    @classmethod
    def from_env(cls) -> WorkerLimits:
        env = os.environ
        return cls(memory_bytes=int(float(env.get("PORTAL_WORKER_MEMORY_MB", 1536)) * 2**20),
                   cpu_seconds=int(env.get("PORTAL_WORKER_CPU_SECONDS", 120)),
                   wall_seconds=float(env.get("PORTAL_WORKER_WALL_SECONDS", 120)))


def resolve(name: str):
    """The function named "package.module:function" (only under ALLOWED packages)."""
    module, _, function = name.partition(":")
    if not module.startswith(ALLOWED) or not function:
        raise ValueError(f"not a work function: {name}")
    return getattr(importlib.import_module(module), function)


def _cpu_used() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def lower_priority() -> None:
    """Workers yield the CPU to the portal process (PORTAL_WORKER_NICE, default 10): a reviewer's
    page is answered first while the cores are busy reading."""
    os.nice(int(os.environ.get("PORTAL_WORKER_NICE", 10)))


def main(conn, limits: WorkerLimits, env: dict) -> None:
    os.environ.update(env)  # OCR thread counts and the render budget, before any OCR module loads
    lower_priority()
    resource.setrlimit(resource.RLIMIT_AS, (limits.memory_bytes, limits.memory_bytes))
    _, cpu_hard = resource.getrlimit(resource.RLIMIT_CPU)
    while True:
        try:
            name, payload = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        soft = int(_cpu_used()) + limits.cpu_seconds + 1
        if cpu_hard != resource.RLIM_INFINITY:
            soft = min(soft, cpu_hard)
        resource.setrlimit(resource.RLIMIT_CPU, (soft, cpu_hard))
        try:
            answer = ("ok", resolve(name)(payload))
        except MemoryError:
            answer = ("memory", None)
        except Exception as exc:
            answer = ("error", f"{type(exc).__name__}: {exc}"[:300])
        try:
            conn.send(answer)
        except Exception:
            return
        if answer[0] == "memory":
            return


if __name__ == "__main__":
    import json
    import sys
    from multiprocessing.connection import Connection

    memory, cpu, wall = json.loads(sys.argv[2])
    main(Connection(int(sys.argv[1])), WorkerLimits(memory, cpu, wall), {})
