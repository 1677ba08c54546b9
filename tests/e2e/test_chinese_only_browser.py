"""No English a person can see, in a real browser (Debian chromium): each role logs in (or not) and
visits every page of its navigation, every tab of each page, and fails on any visible Latin-letter
word that is not data or an allowed code. What is seen: visible text, placeholders and text written
by style (the portal's Chinese in place of Streamlit's fixed English); icons drawn from the icon font
are not words."""
import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import CITY_ADMIN, SHARED_LIMIT_MB
from tests.e2e.portal_page import go, idle, login, nav_titles, visible_text

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# Format names a Chinese user reads as such (the portal's file types and exports, and the size unit).
ALLOWED = {"PDF", "XLSX", "CSV", "PNG", "JPEG", "JPG", "TIFF", "WebP", "BMP", "Excel", "MB"}
# Data, not wording: addresses (source links, the verification address) and file names.
DATA = re.compile(r"https?://\S+|\b[\w.-]+\.(?:pdf|png|jpe?g|tiff?|webp|bmp|xlsx|csv)\b", re.IGNORECASE)
WORD = re.compile(r"[A-Za-z]{2,}")
ROLES = {"公众（未登录）": None, "考生": "430202199003031211", "审核员": "cs_reviewer",
         "市州管理员": CITY_ADMIN[0], "省级管理员": "admin"}


def latin_words(texts: list[str]) -> set[str]:
    return {w for t in texts for w in WORD.findall(DATA.sub(" ", t)) if w not in ALLOWED}


def test_the_words_rule_keeps_data_and_codes_and_catches_streamlit_english():
    assert latin_words(["导出 Excel", "https://www.chsi.com.cn", "张伟_报名表.pdf", "单个文件不超过 7 MB，支持 PDF、WebP"]) == set()
    assert latin_words(["Upload", "20MB per file • CSV", "yyyy", "Choose options"]) == {
        "Upload", "MB", "per", "file", "yyyy", "Choose", "options"} - {"MB"}


def _page_words(page) -> set[str]:
    words = latin_words(visible_text(page))
    tabs = page.locator('[data-testid="stMain"] [role="tab"]')
    for i in range(tabs.count()):
        tab = tabs.nth(i)
        tab.click()
        # the portal's tabs (st.tabs without on_change) switch in the browser and start no script run:
        # wait for the tab to be the selected one, not for a run to settle
        expect(tab).to_have_attribute("aria-selected", "true")
        words |= latin_words(visible_text(page))
    return words


@pytest.mark.parametrize("role", list(ROLES))
def test_no_page_of_any_role_shows_an_english_word(fresh_page, shared_portal, role):
    page = fresh_page
    if ROLES[role]:
        login(page, shared_portal, ROLES[role], CITY_ADMIN[1] if ROLES[role] == CITY_ADMIN[0] else None)
    else:
        page.goto(shared_portal)
        idle(page)
    titles = nav_titles(page)
    assert len(titles) >= 4, titles  # the navigation is listed in full, nothing folded under "View more"
    found = {}
    for title in titles:
        go(page, title)
        words = _page_words(page)
        if words:
            found[title] = sorted(words)
        if role == "考生" and title == "上传材料":  # the widget states the server's real limit and types
            assert f"单个文件不超过 {SHARED_LIMIT_MB} MB，支持 PDF、PNG、JPEG、TIFF、WebP、BMP" in visible_text(page)
    assert found == {}
