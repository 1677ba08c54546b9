"""The demo people (people.yaml) with valid ID numbers, and the clock the demo replays history on."""
from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

import yaml

from checks import idnumber
from portal.store import clock

PEOPLE = Path(__file__).with_name("people.yaml")


def spec() -> dict:
    """The demo people with valid ID numbers (GB 11643 check digit) built from region and birth date."""
    with PEOPLE.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    for n, person in enumerate(data["candidates"], 1):
        first17 = (person["region"] + str(person["birth"]).replace("-", "") + f"{n:02d}"
                   + ("1" if person["gender"] == "男" else "2"))
        person["id_number"] = first17 + idnumber.check_digit(first17)
    return data


@contextlib.contextmanager
def at(moment: dt.datetime):
    """Run a step as if it happened at `moment` (every service reads the time from portal.store.clock)."""
    real = clock.now
    clock.now = lambda: moment
    try:
        yield
    finally:
        clock.now = real
