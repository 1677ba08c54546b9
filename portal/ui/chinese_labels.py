"""Chinese for the fixed English Streamlit writes into attributes (`aria-label`, `title`,
`placeholder`) and into its own menus, hints and dialogs, which style cannot reach: one script, run
once per browser tab, rewrites each string of `streamlit_zh.json` wherever Streamlit puts it, now
and whenever it draws again. Text the portal writes (markdown, code) is never touched."""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import streamlit as st

WORDS = Path(__file__).with_name("streamlit_zh.json")

SCRIPT = """<script>(() => {
  if (window.__portalChinese) return;
  window.__portalChinese = true;
  const words = %s;
  const patterns = words.patterns.map(([from, to]) => [new RegExp(from), to]);
  const ATTRS = ['aria-label', 'title', 'placeholder'];
  const OURS = '[data-testid="stMarkdownContainer"], code, pre, [contenteditable="true"]';
  const zh = value => {
    const text = value.trim();
    if (Object.hasOwn(words.exact, text)) return value.replace(text, words.exact[text]);
    for (const [re, to] of patterns) if (re.test(text)) return value.replace(text, text.replace(re, to));
    return null;
  };
  const fixAttributes = el => {
    for (const name of ATTRS) {
      const value = el.getAttribute(name), done = value && zh(value);
      if (done) el.setAttribute(name, done);
    }
  };
  const fixText = node => {
    const el = node.parentElement, done = el && !el.closest(OURS) && zh(node.nodeValue);
    if (done) node.nodeValue = done;
  };
  const fix = root => {
    if (root.nodeType === Node.TEXT_NODE) return fixText(root);
    if (root.nodeType !== Node.ELEMENT_NODE) return;
    fixAttributes(root);
    root.querySelectorAll('[aria-label], [title], [placeholder]').forEach(fixAttributes);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) fixText(walker.currentNode);
  };
  new MutationObserver(changes => {
    for (const change of changes) {
      if (change.type === 'attributes') fixAttributes(change.target);
      else if (change.type === 'characterData') fixText(change.target);
      else change.addedNodes.forEach(fix);
    }
  }).observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true,
                             attributeFilter: ATTRS});
  fix(document.body);
})();</script>"""


@cache
def script() -> str:
    return SCRIPT % json.dumps(json.loads(WORDS.read_text(encoding="utf-8")), ensure_ascii=False)


def chinese_labels() -> None:
    """Inject the script (its element is hidden by `chinese.CSS` and takes no room)."""
    st.html(script(), unsafe_allow_javascript=True)
