"""Work functions for the pool tests: hold a worker busy, allocate memory, burn CPU, die."""
from __future__ import annotations

import os
import signal
import time


def sleep(payload: dict) -> dict:
    time.sleep(payload.get("seconds", 0))
    return {"slept": payload.get("seconds", 0), "pid": os.getpid()}


def allocate(payload: dict) -> dict:
    block = bytearray(payload["megabytes"] * 2**20)
    return {"allocated": len(block)}


def spin(payload: dict) -> dict:
    end = time.process_time() + payload["seconds"]
    while time.process_time() < end:
        pass
    return {"spun": payload["seconds"]}


def die(payload: dict) -> dict:
    os.kill(os.getpid(), signal.SIGKILL)
    return {}


def fail(payload: dict) -> dict:
    raise ValueError("bad input")


def slow_read(payload: dict) -> dict:
    """Reads like the real job, after a pause long enough to be killed in."""
    from portal.jobs import work
    time.sleep(payload.get("pause", 2))
    return work.read(payload)
