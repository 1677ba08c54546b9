"""Adding this machine's cores to a Ray cluster: `ray start --address=HEAD:PORT --num-cpus=N --block`
with this installation's `ray`, in the foreground until stopped (Ctrl+C leaves the cluster). The
portal's actors then run here too, each reading in a bounded worker process of this checkout."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ADDRESS = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.\-]{0,252}:\d{1,5}$")


def valid_address(address: str) -> bool:
    """HOST:PORT with a port in 1..65535 (what `ray start --address` expects)."""
    return bool(ADDRESS.match(address or "")) and 0 < int(address.rsplit(":", 1)[1]) < 65536


def ray_executable() -> Path | None:
    """The `ray` command installed beside this Python (the `.[cluster]` extra), or None."""
    path = Path(sys.executable).parent / "ray"
    return path if path.is_file() and os.access(path, os.X_OK) else None


def start_argv(ray: Path, address: str, cpus: int) -> list[str]:
    return [str(ray), "start", f"--address={address}", f"--num-cpus={cpus}", "--block", "--disable-usage-stats"]


def join(address: str, cpus: int) -> int:
    """Run this machine as a node of the cluster at `address` until stopped; returns ray's exit status."""
    ray = ray_executable()
    if ray is None:
        raise FileNotFoundError("ray")
    try:
        return subprocess.call(start_argv(ray, address, cpus), cwd=_root())
    except KeyboardInterrupt:
        return 0


def _root() -> str:
    import portal
    return os.path.dirname(os.path.dirname(os.path.abspath(portal.__file__)))
