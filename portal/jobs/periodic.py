"""Periodic work in the portal process: one daemon thread runs a task every `interval` seconds (the
first run one interval after start, so opening the portal commits nothing from this thread) until
stopped or until its database is closed. A failing run is logged and the next one happens on time."""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable

log = logging.getLogger("portal.periodic")


class Ticker:
    def __init__(self, db, task: Callable, interval: float, name: str = "periodic"):
        self.db, self.task, self.interval, self.name = db, task, interval, name
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.runs = 0

    def start(self) -> Ticker:
        self._thread = threading.Thread(target=self._loop, name=self.name, daemon=True)
        self._thread.start()
        return self

    def _loop(self) -> None:
        while not self._stop.wait(self.interval) and not getattr(self.db, "closed", False):
            try:
                self.task(self.db)
            except Exception:  # noqa: BLE001 (one failed run must not end the periodic work)
                if getattr(self.db, "closed", False):
                    return
                log.exception("%s: run failed", self.name)
            finally:
                drop = getattr(self.db, "drop_cursor", None)
                if drop is not None and not getattr(self.db, "closed", False):
                    drop()
            self.runs += 1

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
