"""Per-thread standard output: a command run in the portal process (for the control socket) prints
into its own buffers while every other thread keeps printing to the real streams."""
from __future__ import annotations

import io
import sys
import threading
from contextlib import contextmanager

_local = threading.local()


class _Router(io.TextIOBase):
    def __init__(self, real, which: str):
        self.real, self.which = real, which

    def write(self, text: str) -> int:
        target = getattr(_local, self.which, None)
        return (target or self.real).write(text)

    def flush(self) -> None:
        target = getattr(_local, self.which, None)
        (target or self.real).flush()

    def isatty(self) -> bool:
        return False

    @property
    def encoding(self):
        return "utf-8"


def install() -> None:
    if not isinstance(sys.stdout, _Router):
        sys.stdout = _Router(sys.stdout, "out")
    if not isinstance(sys.stderr, _Router):
        sys.stderr = _Router(sys.stderr, "err")


@contextmanager
def captured():
    """(stdout, stderr) buffers that receive this thread's prints inside the block."""
    install()
    out, err = io.StringIO(), io.StringIO()
    _local.out, _local.err = out, err
    try:
        yield out, err
    finally:
        _local.out = _local.err = None
