"""A real portal server for browser tests: demo data in a temp PORTAL_HOME, Streamlit on a free
loopback port, Debian chromium driven by Playwright (never a downloaded browser)."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_healthy(url: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("streamlit did not become healthy")


@pytest.fixture
def portal_server(tmp_path):
    if not os.path.exists(CHROMIUM):
        pytest.fail("Debian chromium is missing: `make test` installs it (apt package chromium)")
    home = tmp_path / "home"
    env = dict(os.environ, PORTAL_HOME=str(home))
    for cmd in (["init"], ["demo", "--if-empty", "--formats", "pdf"]):
        subprocess.run([str(BIN / "portal"), *cmd], env=env, cwd=ROOT, check=True, timeout=300)
    port = _free_port()
    with open(tmp_path / "streamlit.log", "w") as log:
        proc = subprocess.Popen(
            [str(BIN / "streamlit"), "run", "streamlit_app.py", "--server.headless", "true",
             "--server.address", "127.0.0.1", "--server.port", str(port),
             "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
            env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_healthy(url, proc)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


@pytest.fixture
def browser_page(portal_server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1700}, locale="zh-CN")
        page.set_default_timeout(90_000)
        try:
            yield page
        finally:
            browser.close()
