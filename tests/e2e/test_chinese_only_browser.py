"""No English a person can see, in a real browser (Debian chromium): each role logs in (or not) and
visits every page of its navigation; on each page every tab is clicked, every expander and popover
opened, every date field's calendar opened, one text field typed into (Streamlit then writes its
input hint) and one drop-down filtered to nothing; the scan fails on any Latin-letter word that is
not data or an allowed code. What is seen: visible text, placeholders, text written by style (the
portal's Chinese in place of Streamlit's fixed English), and the tooltip (`title`), the spoken name
(`aria-label`) and the placeholder of every visible element; icons drawn from the icon font are not
words."""
import re

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.e2e.conftest import CITY_ADMIN, SHARED_LIMIT_MB
from tests.e2e.portal_page import go, idle, login, nav_titles, visible_text

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# Format names a Chinese user reads as such (the portal's file types and exports, and the size unit),
# and the date format an empty date field shows (YYYY/MM/DD, one segment each).
ALLOWED = {"PDF", "XLSX", "CSV", "PNG", "JPEG", "JPG", "TIFF", "WebP", "BMP", "Excel", "MB", "YYYY", "MM", "DD"}
# Data, not wording: addresses (source links, the verification address), file names, the date format.
DATA = re.compile(r"https?://\S+|\b[\w.-]+\.(?:pdf|png|jpe?g|tiff?|webp|bmp|xlsx|csv)\b|\bYYYY/MM/DD\b", re.IGNORECASE)
WORD = re.compile(r"[A-Za-z]{2,}")
ROLES = {"公众（未登录）": None, "考生": "430202199003031211", "审核员": "cs_reviewer",
         "市州管理员": CITY_ADMIN[0], "省级管理员": "admin"}

# The tooltip, spoken name and placeholder of every element a person can see (an element inside a
# part hidden by style has no box and is not seen); a date field's segments are read as one text.
ATTRIBUTES = """() => {
  const seen = [];
  const shown = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  for (const el of document.querySelectorAll('[title], [aria-label], [placeholder]')) {
    if (!shown(el) || el.closest('[data-testid="stIconMaterial"]')) continue;
    for (const name of ['title', 'aria-label', 'placeholder']) {
      const value = (el.getAttribute(name) || '').trim();
      if (value && !(name === 'placeholder' && el.value)) seen.push(value);
    }
  }
  for (const field of document.querySelectorAll('[data-testid="stDateInputField"]'))
    if (shown(field)) seen.push(Array.from(field.querySelectorAll('[role="spinbutton"]'), s =>
      getComputedStyle(s, '::after').content.replace(/^"|"$/g, '').replace(/^none$/, '')).join('/'));
  return seen;
}"""


def latin_words(texts: list[str]) -> set[str]:
    return {w for t in texts for w in WORD.findall(DATA.sub(" ", t)) if w not in ALLOWED}


def test_the_words_rule_keeps_data_and_codes_and_catches_streamlit_english():
    assert latin_words(["导出 Excel", "https://www.chsi.com.cn", "张伟_报名表.pdf", "单个文件不超过 7 MB，支持 PDF、WebP",
                        "YYYY/MM/DD"]) == set()
    assert latin_words(["Upload", "20MB per file • CSV", "yyyy", "Choose options", "Increment", "mm/dd"]) == {
        "Upload", "per", "file", "yyyy", "Choose", "options", "Increment", "mm", "dd"}


def _seen(page) -> set[str]:
    return latin_words(visible_text(page) + page.evaluate(ATTRIBUTES))


def _main(page, selector: str):
    return page.locator(f'[data-testid="stMain"] {selector}')


def _open_calendar(page, button) -> None:
    """Click a date field's calendar button until its calendar shows (a click that lands while the
    page is being redrawn opens nothing)."""
    calendar = page.locator('[role="dialog"], [role="application"], [role="grid"]').last
    for _ in range(3):
        button.click()
        try:
            calendar.wait_for(timeout=10_000)
            return
        except PlaywrightTimeout:
            idle(page)
    raise AssertionError("the date field's calendar did not open")


def _open_and_read(page) -> set[str]:
    """Open every closed expander and popover, then every calendar (one at a time), type into the
    first text field and filter the first drop-down to nothing; what each of them shows."""
    for summary in _main(page, '[data-testid="stExpander"] details:not([open]) > summary').all():
        if summary.is_visible():
            summary.click()
    words = _seen(page)
    for button in _main(page, '[data-testid="stPopover"] button').all():
        if button.is_visible():
            button.click()
            page.locator('[data-testid="stPopoverBody"]').first.wait_for()
            words |= _seen(page)
            page.keyboard.press("Escape")
    for button in _main(page, '[data-testid="stDateInputCalendarButton"]').all():
        if button.is_visible() and button.is_enabled():
            _open_calendar(page, button)
            words |= _seen(page)
            page.keyboard.press("Escape")
    field = _main(page, '[data-testid="stTextInput"] input[type="text"]')
    if field.count() and field.first.is_visible() and field.first.is_editable():
        field.first.press_sequentially("1")  # not submitted: Streamlit shows its hint to press Enter
        words |= _seen(page)
        field.first.press("Backspace")
    box = _main(page, '[data-testid="stSelectbox"] input')
    if box.count() and box.first.is_visible() and box.first.is_enabled():
        box.first.click()
        box.first.press_sequentially("zzqx")
        words |= _seen(page)
        page.keyboard.press("Escape")
    return words


def _page_words(page) -> set[str]:
    words = _open_and_read(page)
    tabs = _main(page, '[role="tab"]')
    for i in range(tabs.count()):
        tabs.nth(i).click()
        idle(page)
        words |= _open_and_read(page)
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
