"""No English a user can read: every page of every role is scanned (messages, labels, options,
placeholders, captions) for Latin-letter words that are not data or an allowed code."""
import re

import pytest

from tests.ui.test_smoke import PAGES, PUBLIC, _who

# Codes and formats a Chinese user reads as such, and the portal's own command names.
ALLOWED = {"PDF", "XLSX", "CSV", "JPG", "JPEG", "PNG", "TIF", "TIFF", "WebP", "BMP", "MB", "OCR", "ZIP", "YYYY", "MM", "DD",
           "HH", "https", "http", "www", "com", "cn", "portal", "restore", "backup", "Excel", "X", "Ctrl"}
WORD = re.compile(r"[A-Za-z]{2,}")
# a URL, a file name, markdown emphasis, code, or an account's login name in brackets (data)
URL = re.compile(r"（[A-Za-z][\w]*）|<?https?://\S+>?|[\w.-]+\.(?:pdf|png|jpg|xlsx|csv|zip|yaml)\b|\*\*|`[^`]*`")


def visible(at) -> list[str]:
    out = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "success", "info", "warning", "error",
                 "metric", "button", "text_input", "number_input", "date_input", "selectbox", "multiselect",
                 "radio", "checkbox", "toggle", "text_area", "tabs", "expander"):
        for el in getattr(at, kind, []):
            for attr in ("value", "label", "placeholder", "help"):
                v = getattr(el, attr, None) if attr != "value" or kind in ("title", "header", "subheader", "markdown",
                                                                           "caption", "success", "info", "warning",
                                                                           "error") else None
                if isinstance(v, str):
                    out.append(v)
            for option in getattr(el, "options", []) or []:
                out.append(str(option))
    return out


def latin_words(text: str) -> set[str]:
    return {w for w in WORD.findall(URL.sub(" ", text)) if w not in ALLOWED}


@pytest.mark.parametrize("role", ["anonymous", "candidate", "reviewer", "admin"])
def test_no_page_shows_an_english_word(login, role):
    from tests.ui.conftest import app
    who = None if role == "anonymous" else _who(login, role)
    found = {}
    for page in PUBLIC + PAGES.get(role, []):
        at = app(who, page)
        words = set().union(*(latin_words(t) for t in visible(at))) if visible(at) else set()
        if words:
            found[page] = sorted(words)
    assert found == {}
