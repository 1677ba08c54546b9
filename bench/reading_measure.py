"""Measuring for bench/reading.py: generated scans, percentiles, the CPU a set of processes used
against the machine's (other engineers' work shows up as CPU not ours), RSS sampling."""
from __future__ import annotations

import os
import threading
import time
from pathlib import Path

from portal.docgen import render

NAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭"
TICK = os.sysconf("SC_CLK_TCK")


def scans(n: int, folder: Path) -> list[Path]:
    paths = []
    for i in range(n):
        path = folder / f"scan{i}.png"
        path.write_bytes(render("application_form", {"name": NAMES[i % 16] + "某" + NAMES[(i // 16) % 16],
                                                     "id_number": "430103199205063526", "phone": f"139{i:08d}",
                                                     "employer": "长沙银行股份有限公司"}))
        paths.append(path)
    return paths


def pct(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def process_cpu(pid: int) -> float:
    """User + system CPU seconds of one process (all its threads)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def machine_cpu() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine since boot (busy excludes idle and iowait)."""
    values = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:9]]
    return (sum(values) - values[3] - values[4]) / TICK, sum(values) / TICK


class CpuWindow:
    """CPU used by `pids` and by the whole machine between start() and stop(), as cores."""

    def __init__(self, pids):
        self.pids = [p for p in pids if p]

    def start(self) -> CpuWindow:
        self.t0, self.ours0, self.machine0 = time.perf_counter(), self._ours(), machine_cpu()
        return self

    def _ours(self) -> float:
        return sum(process_cpu(p) for p in self.pids)

    def stop(self) -> dict:
        wall = time.perf_counter() - self.t0
        ours = self._ours() - self.ours0
        busy = machine_cpu()[0] - self.machine0[0]
        return {"wall": wall, "ours_cpu": ours, "ours_cores": ours / wall, "others_cores": max(busy - ours, 0) / wall}


def duckdb_mb(db) -> tuple[float, str, list[tuple[str, float]]]:
    """(MB DuckDB holds, its memory_limit, the largest tags) from duckdb_memory()."""
    with db.read() as cur:
        tags = cur.execute("SELECT tag, memory_usage_bytes FROM duckdb_memory() ORDER BY 2 DESC").fetchall()
        limit = cur.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    return sum(b for _, b in tags) / 2**20, limit, [(t, b / 2**20) for t, b in tags[:3] if b]


def rss_mb(field: str = "VmRSS") -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field):
            return int(line.split()[1]) / 1024
    return 0.0


class RssPeak:
    """The highest VmRSS of this process seen while running (sampled every 0.2 s)."""

    def __init__(self):
        self.peak, self._stop = rss_mb(), threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self):
        while not self._stop.wait(0.2):
            self.peak = max(self.peak, rss_mb())

    def __enter__(self) -> RssPeak:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, rss_mb())
