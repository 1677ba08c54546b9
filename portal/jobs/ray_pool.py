"""The Ray path: reading on a Ray cluster (PORTAL_RAY_ADDRESS, or `portal extract --ray`). One
actor per CPU; each actor reads in its own bounded worker process (the local pool's `Worker`: address
space, CPU time and wall-clock limits, lower priority, models loaded once), so a hostile file costs a
node no more than it costs the portal's machine. File bytes travel through Ray's object store, so a
node needs no access to PORTAL_HOME; results come back to the caller (the dispatcher writes them).
Analysis jobs, which look at the stored files, stay on the local pool."""
from __future__ import annotations

import os
from pathlib import Path

from portal.jobs.pool import Worker, WorkerFailed, worker_env
from portal.jobs.worker import WorkerLimits

READ = "portal.jobs.work:read"


def connect(address: str | None) -> None:
    """Join the cluster at `address`; without one, start a local 2-CPU Ray for this process."""
    import ray
    if ray.is_initialized():
        return
    if address in (None, "", "local"):
        ray.init(num_cpus=int(os.environ.get("PORTAL_RAY_LOCAL_CPUS", 2)), include_dashboard=False,
                 log_to_driver=False, configure_logging=False)
    else:
        ray.init(address=address, log_to_driver=False, configure_logging=False)


def _reader_class():
    import ray

    @ray.remote(num_cpus=1, max_restarts=-1)
    class Reader:
        def __init__(self, env: dict, limits: tuple):
            # RLIMIT_AS cannot be set on the actor itself (Ray maps its object store into it): the
            # work runs in a child process under the limits, replaced when it dies or overruns
            self.worker = Worker("ray-reader", WorkerLimits(*limits), env)

        def run(self, function: str, payload: dict, data: bytes | None = None):
            return self.worker.run(function, payload | ({"data": data} if data is not None else {}))

        def pid(self) -> int:
            """The bounded process doing this actor's reading (None before its first job)."""
            return self.worker.pid
    return Reader


def actors(n: int | None = None, limits: WorkerLimits | None = None) -> list:
    import ray
    n = n or max(1, int(ray.cluster_resources().get("CPU", 1)))
    limits = limits or WorkerLimits.from_env()
    reader = _reader_class()
    return [reader.remote(worker_env(), (limits.memory_bytes, limits.cpu_seconds, limits.wall_seconds))
            for _ in range(n)]


def _failure(exc) -> WorkerFailed:
    """The Chinese reason of a task that failed on a node (a bounded worker's, when it has one)."""
    cause = getattr(exc, "cause", None)
    return cause if isinstance(cause, WorkerFailed) else WorkerFailed(f"读取出错：{type(cause or exc).__name__}")


def _bytes_payload(payload: dict) -> tuple[dict, object]:
    """The payload without its path, and the file's bytes put in the object store."""
    import ray
    path = payload["path"]
    rest = {k: v for k, v in payload.items() if k != "path"} | {"name": Path(path).name}
    return rest, ray.put(Path(path).read_bytes())


class RayExecutor:
    """A dispatcher slot bound to one Reader actor (reading) and one local worker (analysis)."""

    def __init__(self, name: str, actor, limits: WorkerLimits | None = None):
        self.name, self.actor, self.limits = name, actor, limits or WorkerLimits.from_env()
        self.local = Worker(f"{name}-local", self.limits)

    def run(self, function: str, payload: dict):
        if function != READ:
            return self.local.run(function, payload)
        import ray
        from ray.exceptions import GetTimeoutError, RayActorError, RayTaskError
        rest, data = _bytes_payload(payload)
        ref = self.actor.run.remote(function, rest, data)
        try:  # the actor's worker enforces the wall limit; this one covers a node that stopped answering
            return ray.get(ref, timeout=self.limits.wall_seconds + 30)
        except GetTimeoutError:
            ray.cancel(ref, force=True)
            raise WorkerFailed(f"读取超时（超过 {self.limits.wall_seconds:.0f} 秒）") from None
        except RayActorError:
            raise WorkerFailed("Ray 读取进程异常退出") from None
        except RayTaskError as exc:
            raise _failure(exc) from None

    def stop(self) -> None:
        self.local.stop()


def executors(address: str) -> list[RayExecutor]:
    connect(address)
    return [RayExecutor(f"ray-{n}", a) for n, a in enumerate(actors(int(os.environ.get("PORTAL_RAY_ACTORS", 0)) or None))]


def read_batch(files: list[str], engine: str | None = None, address: str | None = None):
    """`portal extract --ray`: every file read by the actors, results yielded in input order."""
    import ray
    connect(address)
    pool = actors()
    refs = []
    for n, path in enumerate(files):
        payload = {"file": path, "engine": engine, "name": Path(path).name}
        try:
            data = Path(path).read_bytes()
        except OSError:
            refs.append(None)  # the local reader words the error (unreadable file), identically
            continue
        refs.append(pool[n % len(pool)].run.remote(READ, payload, ray.put(data)))
    from ray.exceptions import RayTaskError

    from portal.jobs import work
    for path, ref in zip(files, refs):
        try:
            yield work.read({"path": path, "file": path, "engine": engine}) if ref is None else ray.get(ref)
        except RayTaskError as exc:
            raise _failure(exc) from None
