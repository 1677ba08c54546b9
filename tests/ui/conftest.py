"""AppTest harness: the demo data is built once per session by the real `portal demo` command (text
PDFs, so nothing waits for OCR; the `demo_template` fixture), each test gets its own copy as
PORTAL_HOME, and `app()` runs the portal with a role's principal preset in session state."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from portal.services.people import accounts
from portal.store.db import close_all, open_database
from tests import demo_home

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "streamlit_app.py"
PORTAL = Path(sys.executable).parent / "portal"
LOGINS = {"admin": ("admin", "Admin2024demo"), "reviewer": ("cs_reviewer", "Review2024cs"),
          "zz_reviewer": ("zz_reviewer", "Review2024zz")}
CANDIDATE_PASSWORD = "Kaosheng2024"


@pytest.fixture
def home(demo_template, tmp_path, monkeypatch) -> Path:
    path = demo_home.copy(demo_template, tmp_path / "home")
    monkeypatch.setenv("PORTAL_HOME", str(path))
    yield path
    close_all()


@pytest.fixture
def db(home):
    return open_database(home)


@pytest.fixture
def login(db):
    """login("admin" | "reviewer" | "zz_reviewer" | a candidate's ID number) -> Principal."""
    def _login(who: str):
        username, password = LOGINS.get(who, (who, CANDIDATE_PASSWORD))
        return accounts.login(db, username, password)
    return _login


def case_of(db, name: str) -> int:
    """The demo case of the candidate called `name` (the demo's stories are told by person)."""
    with db.read() as cur:
        row = cur.execute("SELECT c.id FROM cases c JOIN candidates p ON p.id = c.candidate_id "
                          "WHERE p.name = $name ORDER BY c.id LIMIT 1", {"name": name}).fetchone()
    assert row is not None, f"no demo case for {name}"
    return row[0]


def app(who=None, page: str | None = None, **state) -> AppTest:
    """The whole portal (streamlit_app.py) as `who` sees it, switched to `page` if given."""
    at = AppTest.from_file(str(APP), default_timeout=60)
    if who is not None:
        at.session_state["session_token"] = who.token
    for key, value in state.items():
        at.session_state[key] = value
    at.run()
    if page:
        at.switch_page(page).run()
    return at


def page_alone(page: str, who=None) -> AppTest:
    """One page file run on its own (as a URL typed by hand would), for role refusals."""
    at = AppTest.from_file(str(ROOT / page), default_timeout=60)
    if who is not None:
        at.session_state["session_token"] = who.token
    return at.run()


def texts(at: AppTest) -> str:
    """Every visible message on the page, joined (for asserting what the user reads)."""
    parts = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "success", "info", "warning", "error", "metric"):
        for el in getattr(at, kind):
            parts.append(str(getattr(el, "value", "")) + str(getattr(el, "label", "")))
    return "\n".join(parts)


@pytest.fixture
def downloaded(monkeypatch):
    """downloaded(at, key) -> the bytes a download button on the page would send."""
    from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
    from streamlit.testing.v1 import app_test
    stores = []

    class Kept(MemoryMediaFileStorage):
        def __init__(self, endpoint):
            super().__init__(endpoint)
            stores.append(self)
    monkeypatch.setattr(app_test, "MemoryMediaFileStorage", Kept)

    def _get(at, key: str) -> bytes:
        button = next(b for b in at.get("download_button") if b.proto.id.endswith(f"-{key}"))
        name = button.proto.url.rsplit("/", 1)[1]
        for store in reversed(stores):
            try:
                return store.get_file(name).content
            except Exception:  # noqa: BLE001 - a store of an earlier run
                continue
        raise AssertionError(f"no download for {key}")
    return _get


def sheet(data: bytes) -> tuple[str, list[str], list[list]]:
    """Title row, header row and data rows of an exported XLSX (empty cells as "")."""
    import io

    import openpyxl
    ws = openpyxl.load_workbook(io.BytesIO(data), read_only=True).active
    values = [["" if v is None else v for v in row] for row in ws.iter_rows(values_only=True)]
    header_at = 2  # title, then who exported it and when
    width = len([h for h in values[header_at] if h != ""])
    return values[0][0], values[header_at][:width], [r[:width] for r in values[header_at + 1:]]


def assert_export_is_the_table(data: bytes, table) -> str:
    """The export holds exactly the table's headers and cells; returns its title row."""
    from portal.services.views.excel import cell
    title, header, body = sheet(data)
    assert header == [str(c) for c in table.columns]
    expected = [[cell(None if v is None or v != v else v) for v in row] for row in table.astype(object).values.tolist()]
    assert body == expected
    return title
