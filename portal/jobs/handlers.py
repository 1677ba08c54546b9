"""What each kind of job does around its work function. The services register their kinds:

- `load(db, job) -> payload` reads what the work needs (or returns `Finished(result)` when no work
  is needed); `function` names the work run in a worker with that payload;
- `save(db, job, result)` writes the result; it runs inside the transaction that marks the job done;
- `give_up(db, job, reason)` records a job that failed its last attempt, in the transaction that fails it."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Handler:
    function: str
    load: Callable
    save: Callable
    give_up: Callable


@dataclass(frozen=True)
class Finished:
    result: object


HANDLERS: dict[str, Handler] = {}


def register(kind: str, handler: Handler) -> None:
    HANDLERS[kind] = handler
