"""Shared CLI plumbing: the database of --home and the principal commands act as. Commands import the
services they call when they run, so that the command line starts fast (a command sent to a running
portal, or `--help`, loads no database driver, PDF or spreadsheet library)."""
from __future__ import annotations


def database(args):
    from portal.services import system
    return system.open_home(args.home)


def operator():
    from portal.services import system
    return system.operator()
