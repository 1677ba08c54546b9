"""The `portal` command. Each subcommand lives in `portal/commands/<name>.py` and exposes
`register(subparsers)`, which adds its parser and sets `func(args) -> int` as the handler;
modules whose name starts with "_" are shared plumbing, not commands.

Every command accepts `--home PATH` (default $PORTAL_HOME, else ./var). While a portal holds the
home's database, commands that use it are sent to that portal over its control socket and print
what it answers (`run_forwarded` runs them there); otherwise they open the database themselves."""
from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys

import portal.commands as commands_pkg
from portal.commands import CliError
from portal.config import portal_home
from portal.domain.errors import ServiceError
from portal.services import control, output

# commands that never open the database (or, for restore, must not run inside a running portal)
LOCAL_ONLY = {"extract", "eligibility", "cert-code", "restore", "worker"}
PATH_DESTS = ("path", "file", "files", "input", "output", "csv")  # resolved against the caller's directory


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
    argv = _hoist_home(list(sys.argv[1:] if argv is None else argv))
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    if not _local(args):
        try:
            remote = _through_portal(args, argv)
        except OSError as exc:
            print(f"error: 无法与正在运行的门户通信：{exc.strerror or exc}", file=sys.stderr)
            return 1
        if remote is not None:
            out, err, status = remote
            sys.stdout.write(out)
            sys.stderr.write(err)
            return status
    return _run(args)


def _local(args) -> bool:
    """Commands (or actions marked `local_only`) that run in this process, never in the portal."""
    return args.command in LOCAL_ONLY or bool(getattr(args, "local_only", False))


def _run(args) -> int:
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
    except Exception as exc:  # never a traceback: one line naming what went wrong
        print(f"error: 命令执行失败（{type(exc).__name__}: {str(exc)[:200]}）", file=sys.stderr)
        return 1


def _absolute(value):
    if isinstance(value, str):
        return os.path.abspath(value)
    if isinstance(value, list):
        return [os.path.abspath(v) if isinstance(v, str) else v for v in value]
    return value


def _through_portal(args, argv: list[str]):
    """(stdout, stderr, status) from the portal answering under the home, or None when none does.
    Paths are resolved here, and values taken from this process's environment are sent along."""
    home = portal_home(args.home)
    overrides = {dest: _absolute(getattr(args, dest)) for dest in PATH_DESTS if getattr(args, dest, None) is not None}
    overrides["home"] = str(home)
    if getattr(args, "password", None) is not None:
        overrides["password"] = args.password
    return control.forward(home, argv, overrides)


def run_forwarded(argv: list[str], overrides: dict) -> tuple[str, str, int]:
    """Run a command line sent over the control socket, in the portal process: its output and status."""
    with output.captured() as (out, err):
        try:
            args = build_parser().parse_args(argv)
        except SystemExit as exc:  # argparse has printed the usage error into `err`
            return out.getvalue(), err.getvalue(), int(exc.code or 0)
        for key, value in overrides.items():
            setattr(args, key, value)
        status = _run(args) if getattr(args, "func", None) and not _local(args) else 2
        return out.getvalue(), err.getvalue(), status
