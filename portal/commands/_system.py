"""Shared CLI plumbing: the database of --home and the principal commands act as."""
from __future__ import annotations

from portal.services import system


def database(args):
    return system.open_home(args.home)


def operator():
    return system.operator()
