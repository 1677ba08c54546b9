"""Driving the portal in a real browser: log in, wait for a script run to finish, go to a page by its
navigation link, and read what a person actually sees (visible text and placeholders; icons drawn
from an icon font and text hidden by style are not seen)."""
from __future__ import annotations

PASSWORDS = {"admin": "Admin2024demo", "cs_reviewer": "Review2024cs", "cs_admin": "Admin2024cs"}
CANDIDATE_PASSWORD = "Kaosheng2024"

VISIBLE_TEXT = """() => {
  const seen = [];
  const shown = el => el.getClientRects().length > 0;
  const readable = el => { const r = el.getBoundingClientRect(); return r.width > 1 || r.height > 1; };  // not screen-reader-only
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode, el = node.parentElement, text = node.textContent.trim();
    if (!el || !text || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TITLE'].includes(el.tagName)) continue;
    if (el.closest('[data-testid="stIconMaterial"], [data-testid="stIconEmoji"]')) continue;
    if (el.closest('code, pre')) continue;  // commands and identifiers set as code are data, not wording
    const cs = getComputedStyle(el);
    if (!shown(el) || !readable(el) || cs.visibility === 'hidden' || parseFloat(cs.fontSize) === 0 || parseFloat(cs.opacity) === 0) continue;
    seen.push(text);
  }
  for (const el of document.querySelectorAll('input[placeholder], textarea[placeholder]'))
    if (shown(el) && !el.value) seen.push(el.placeholder);
  for (const el of document.querySelectorAll('*')) {
    for (const pseudo of ['::before', '::after']) {
      const content = getComputedStyle(el, pseudo).content;
      if (content && content.startsWith('"') && shown(el)) seen.push(content.slice(1, -1));
    }
  }
  return seen;
}"""


def idle(page, timeout: int = 120_000) -> None:
    """Wait until the script run finished and stayed finished for a moment (a click starts the run a
    little later; Streamlit marks the app running and old elements stale while it runs)."""
    page.wait_for_function("""() => {
        const app = document.querySelector('[data-testid=stApp]');
        const quiet = app && app.dataset.testScriptState !== 'running' && app.dataset.testConnectionState === 'CONNECTED'
            && !document.querySelector('[data-testid=stStatusWidget], [data-stale=true]');
        window.__quietSince = quiet ? (window.__quietSince || Date.now()) : 0;
        return quiet && Date.now() - window.__quietSince > 1000;
    }""", timeout=timeout, polling=100)


def see(page, text: str, timeout: int = 60_000) -> None:
    page.get_by_text(text).first.wait_for(timeout=timeout)


def login(page, url: str, username: str, password: str | None = None) -> None:
    page.goto(url + "/login")
    page.get_by_label("用户名（考生请填身份证号）").fill(username)
    page.get_by_label("密码", exact=True).fill(password or PASSWORDS.get(username, CANDIDATE_PASSWORD))
    page.get_by_role("button", name="登录", exact=True).click()
    see(page, "已登录")
    idle(page)


def go(page, title: str) -> None:
    link = page.locator('[data-testid="stSidebarNav"] a[data-testid="stSidebarNavLink"]').filter(
        has=page.locator(f'span[label="{title}"]')).first
    href = link.get_attribute("href")
    link.click()
    page.wait_for_url(href)
    idle(page)
    page.locator('[data-testid="stMain"] [data-testid="stHeading"]').first.wait_for()


def nav_titles(page) -> list[str]:
    page.locator('[data-testid="stSidebarNav"]').wait_for()
    spans = page.locator('[data-testid="stSidebarNav"] a[data-testid="stSidebarNavLink"] span[label]')
    return [s.get_attribute("label") for s in spans.all()]


def visible_text(page) -> list[str]:
    return page.evaluate(VISIBLE_TEXT)
