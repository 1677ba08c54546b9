"""The dispatcher in the portal process: one thread per worker slot claims a job, loads its input,
hands it to the slot's worker and writes the result in its own transaction. A failed attempt (the
worker died, overran a limit or raised) is retried after a back-off; nothing of it is written.
Without a running dispatcher, `inline.run_inline` does the same work in the calling process."""
from __future__ import annotations

import threading
import time

from portal.jobs import queue
from portal.jobs.handlers import HANDLERS, Finished
from portal.jobs.pool import WorkerFailed

_running: dict[int, Dispatcher] = {}


def running(db) -> Dispatcher | None:
    return _running.get(id(db))


class Dispatcher:
    def __init__(self, db, executors: list, poll: float = 0.5):
        self.db, self.executors, self.poll = db, executors, poll
        self._wake = threading.Condition()
        self._stop = threading.Event()
        self._threads = []
        self.busy = 0

    def start(self) -> Dispatcher:
        _running[id(self.db)] = self
        for ex in self.executors:
            t = threading.Thread(target=self._loop, args=(ex,), name=f"dispatch-{ex.name}", daemon=True)
            t.start()
            self._threads.append(t)
        return self

    def notify(self) -> None:
        with self._wake:
            self._wake.notify_all()

    def _loop(self, executor) -> None:
        while not self._stop.is_set():
            if getattr(self.db, "closed", False):  # the database was closed under us: stop with it
                executor.stop()
                _running.pop(id(self.db), None)
                return
            try:
                job = queue.claim(self.db, executor.name)
            except Exception:  # the database is closing or busy: try again shortly
                job = None
            if job is None:
                with self._wake:
                    self._wake.wait(self.poll)
                continue
            self.busy += 1
            try:
                execute(self.db, job, executor.run)
            except Exception:  # the database closed mid-job: the job stays running, resumed at next start
                if not getattr(self.db, "closed", False):
                    raise
            finally:
                self.busy -= 1

    def wait(self, job_ids: list[str], timeout: float | None = None) -> bool:
        """True once every job is done or failed; False at the timeout."""
        end = None if timeout is None else time.monotonic() + timeout
        open_ids, pause = list(job_ids), 0.05
        while True:
            with self.db.read() as cur:  # one query for all the jobs still open, whatever their number
                open_ids = queue.still_open(cur, open_ids)
            if not open_ids:
                return True
            if end is not None and time.monotonic() > end:
                return False
            time.sleep(pause)
            pause = min(pause * 2, 0.5)  # a long wait polls twice a second, not twenty times

    def stop(self) -> None:
        self._stop.set()
        self.notify()
        for t in self._threads:
            t.join(5)
        for ex in self.executors:
            ex.stop()
        for t in self._threads:  # a thread that was waiting for a worker ends once the worker is stopped
            t.join(30)
        if _running.get(id(self.db)) is self:
            del _running[id(self.db)]


def execute(db, job: dict, run) -> str:
    """One attempt at `job` with `run(function, payload)`; returns the job's new state."""
    handler = HANDLERS[job["kind"]]
    try:
        payload = handler.load(db, job)
        result = payload.result if isinstance(payload, Finished) else run(handler.function, payload)
        with db.transaction() as cur:
            handler.save(db, job, result)
            queue.done(cur, job)
        return "done"
    except WorkerFailed as exc:
        reason = exc.reason
    except Exception as exc:  # a load or save that failed: the attempt is retried like a worker failure
        reason = f"{type(exc).__name__}: {exc}"[:300]
    with db.transaction() as cur:
        state = queue.retry_or_fail(cur, job, reason)
        if state == "failed":
            handler.give_up(db, job, reason)
    return state
