"""Text is text: user-supplied strings (names, units, file names, reasons, return items, titles,
notes, refusal messages quoting them) pass through `esc` before st.markdown, st.write, st.error and
the other Markdown-rendering calls, so no Markdown link, image, emphasis or HTML tag in them renders."""
from __future__ import annotations

# Every ASCII punctuation character may be backslash-escaped in CommonMark; these are the ones that
# start Markdown, HTML or Streamlit directives (:red[...], :material/...:, $math$).
_SPECIAL = frozenset("\\`*_{}[]()<>#+-.!|~:$&=\"'")


def esc(value) -> str:
    """`value` as literal text inside Markdown: specials escaped, line breaks as spaces."""
    text = " ".join(str("" if value is None else value).splitlines())
    return "".join("\\" + c if c in _SPECIAL else c for c in text)
