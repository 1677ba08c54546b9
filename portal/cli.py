"""The `portal` command. Each subcommand lives in `portal/commands/<name>.py` and exposes
`register(subparsers)`, which adds its parser and sets `func(args) -> int` as the handler;
modules whose name starts with "_" are shared plumbing, not commands.

Every command accepts `--home PATH` (default $PORTAL_HOME, else ./var)."""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

import portal.commands as commands_pkg
from portal.commands import CliError
from portal.domain.errors import ServiceError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="portal", description="考后人工核查 portal command line")
    parser.add_argument("--home", default=None, help="runtime directory (default: $PORTAL_HOME or ./var)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(commands_pkg.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"portal.commands.{info.name}")
        module.register(sub)
    return parser


def _hoist_home(argv: list[str]) -> list[str]:
    """Let `--home PATH` appear anywhere on the line (before or after the subcommand)."""
    out, home = [], []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--home" and i + 1 < len(argv):
            home = ["--home", argv[i + 1]]
            i += 2
            continue
        if arg.startswith("--home="):
            home = [arg]
            i += 1
            continue
        out.append(arg)
        i += 1
    return home + out


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(_hoist_home(list(sys.argv[1:] if argv is None else argv)))
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.status
    except ServiceError as exc:  # a refusal a command did not word itself: same one-line error
        print(f"error: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
