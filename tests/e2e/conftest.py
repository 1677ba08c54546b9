"""A real portal server for browser tests: a copy of the session's demo home as PORTAL_HOME, Streamlit on a free
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

from tests import demo_home

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


def start_portal(tmp: Path, template: Path, env_extra: dict | None = None, setup: tuple = (), python_setup: tuple = ()):
    """A copy of the demo home `template` under `tmp` (plus `setup` CLI commands and `python_setup` modules run) and the
    portal started the way `make run` starts it (`python -m portal.serve`); yields the address, stops the server afterwards."""
    if not os.path.exists(CHROMIUM):
        pytest.fail("Debian chromium is missing: `make test` installs it (apt package chromium)")
    home = demo_home.copy(template, tmp / "home")
    env = dict(os.environ, PORTAL_HOME=str(home), **(env_extra or {}))
    for cmd in setup:
        subprocess.run([str(BIN / "portal"), *cmd], env=env, cwd=ROOT, check=True, timeout=300)
    for module in python_setup:
        subprocess.run([sys.executable, "-m", module], env=dict(env, PYTHONPATH=str(ROOT)), cwd=ROOT, check=True,
                       timeout=300, stdout=subprocess.DEVNULL)
    port = _free_port()
    with open(tmp / "streamlit.log", "w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "portal.serve", "--server.headless", "true",
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
def portal_server(tmp_path, demo_template):
    yield from start_portal(tmp_path, demo_template)


# The everyday-work journeys and the Chinese-only scan share one portal (starting one is most of a
# browser test's time): a city administrator is added, and the upload limit is set to an unusual 7 MB
# so that the widget is seen to follow the server's setting.
SHARED_LIMIT_MB = 7
CITY_ADMIN = ("cs_admin", "Admin2024cs")
CERTIFICATES = ("B05262010000000001", "B05262010000000002", "B05262010000000003")  # issued by tests.e2e.issued


@pytest.fixture(scope="session")
def shared_portal(tmp_path_factory, demo_template):
    setup = (["account", "add", CITY_ADMIN[0], "--role", "admin", "--name", "长沙市管理员", "--cities", "4301",
              "--password", CITY_ADMIN[1]],)
    yield from start_portal(tmp_path_factory.mktemp("shared"), demo_template, {"PORTAL_UPLOAD_MAX_MB": str(SHARED_LIMIT_MB)}, setup,
                            python_setup=("tests.e2e.issued",))


@pytest.fixture(scope="module")
def shared_browser(shared_portal):
    """One browser per module: Playwright's sync API keeps an event loop running while it is started,
    so it must be stopped before other tests (and other Playwright instances) run."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def fresh_page(shared_browser):
    """A new browser context (a new person) on the shared portal, at 1366 × 768."""
    context = shared_browser.new_context(viewport={"width": 1366, "height": 768}, locale="zh-CN", accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        yield page
    finally:
        context.close()


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
