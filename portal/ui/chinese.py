"""Chinese in place of the fixed English Streamlit draws and no parameter changes: the upload widget
("Upload", "20MB per file • CSV, XLSX"), the empty date field ("yyyy/mm/dd" becomes the format the
field takes, YYYY/MM/DD), the keyboard-only "Skip to main content" link, and a file the widget
refuses (its reason is English). Each is hidden by style and the Chinese written beside it; the
upload widget's own limit and types are written per widget (`file_uploader`). The element toolbar
(the table's "Download as CSV", "Search", "Show/hide columns", a chart's "Fullscreen") is hidden:
every list has its own 导出 Excel. Attributes and menus are rewritten by `chinese_labels`."""
from __future__ import annotations

import streamlit as st

from portal.ui.chinese_labels import chinese_labels

CSS = """<style>
[data-testid="stFileUploaderDropzoneInstructions"] span { display: none; }
[data-testid="stFileUploaderDropzoneInstructions"] > div::before { content: "将文件拖放到此处，或点左侧按钮选择"; }
[data-testid="stFileUploaderDropzoneInstructions"] > div::after { display: block; font-size: 0.8em; opacity: 0.7; }
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] { display: none; }
[data-testid="stFileUploaderDropzone"] button span[data-has-shortcut]::after { content: "选择文件"; }
[data-testid="stFileChip"][aria-invalid="true"]::after { content: "未上传：超过大小上限或类型不符"; color: #c62828;
  font-size: 0.8rem; margin-left: 0.5rem; white-space: nowrap; }
[data-testid="stDateInputField"] [role="spinbutton"][data-placeholder="true"] { font-size: 0; }
[data-testid="stDateInputField"] [role="spinbutton"][data-placeholder="true"]::after { font-size: 1rem; opacity: 0.6; }
[data-testid="stDateInputField"] [data-type="year"][data-placeholder="true"]::after { content: "YYYY"; }
[data-testid="stDateInputField"] [data-type="month"][data-placeholder="true"]::after { content: "MM"; }
[data-testid="stDateInputField"] [data-type="day"][data-placeholder="true"]::after { content: "DD"; }
[data-testid="stSkipToContent"] { font-size: 0; }
[data-testid="stElementToolbar"] { display: none; }
[data-testid="stElementContainer"]:has([data-testid="stHtml"] script) { display: none; }
[data-testid="stSkipToContent"]::after { content: "跳到正文"; font-size: 1rem; }
</style>"""


def chinese_widgets() -> None:
    st.html(CSS)
    chinese_labels()


def file_uploader(label: str, *, key: str, types: list[str], types_shown: str, limit_mb: int, help: str | None = None):
    """st.file_uploader whose drop zone states, in Chinese, its real limit (also the widget's own
    max_upload_size) and the accepted types."""
    line = f"单个文件不超过 {limit_mb} MB，支持 {types_shown}"
    st.html(f'<style>.st-key-{key} [data-testid="stFileUploaderDropzoneInstructions"] > div::after '
            f'{{ content: "{line}"; }}</style>')
    return st.file_uploader(label, type=types, key=key, max_upload_size=limit_mb, help=help or line + "。")
