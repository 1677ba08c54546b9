"""Showing one document: its page preview beside the fields read from it, problems highlighted.
Shared by the candidate's upload page and the reviewer's workbench."""
import pandas as pd
import streamlit as st

from portal.domain import names
from portal.services.documents import previews
from portal.ui.common import db
from portal.ui.text import esc

HIGHLIGHT = {"fail": "background-color: #fde2e1", "warn": "background-color: #fff3cd"}


def fields_table(extraction: dict, findings: list[dict]):
    """The fields read from a file; a field a finding rests on is coloured (red fail, yellow warn)."""
    worst = {}
    for f in findings:
        if f.get("field") and f["severity"] in HIGHLIGHT and worst.get(f["field"]) != "fail":
            worst[f["field"]] = f["severity"]
    confidence = extraction.get("confidence") or {}
    rows = [{"项目": names.name("field", k), "识别结果": names.value(k, v),
             "可信度": f"{confidence[k]:.0%}" if isinstance(confidence.get(k), (int, float)) else "",
             "_sev": worst.get(k, "")} for k, v in (extraction.get("fields") or {}).items()]
    if not rows:
        return None
    frame = pd.DataFrame(rows)
    return frame.style.apply(lambda r: [HIGHLIGHT.get(r["_sev"], "")] * len(r), axis=1)


def show_findings(findings: list[dict]) -> None:
    for f in findings:
        text = f"{names.name('severity', f['severity'])}：{esc(f['message'])}"
        read, expected = f.get("read") or f.get("read_value"), f.get("expected")
        if read and expected:
            # a document kind is read and expected as its code: name it (other values are returned as given)
            read, expected = (names.kind(str(v)) for v in (read, expected))
            text += f"（识别为“{esc(read)}”，应为“{esc(expected)}”）"
        {"fail": st.error, "warn": st.warning}.get(f["severity"], st.info)(text)


def show_document(doc: dict, slot: str, who, *, key: str, zoom: bool = False, candidate: bool = False) -> None:
    """Preview on the left, fields and problems on the right; reviewers can switch to a large view
    (every page full width, fields below) and open any page full screen. For the candidate the
    findings come worded for them and how the file was read is not said."""
    large = zoom and st.toggle("大图查看（全宽显示各页，识别结果在下方）", key=f"{key}_large")
    left, right = (st.container(), st.container()) if large else st.columns([3, 2] if zoom else [1, 1])
    with left:
        pages = previews.pages(db(), who, doc["upload_id"], limit=5 if zoom else 1)
        for n, png in enumerate(pages, 1):
            st.image(png, caption=f"{doc['file']} 第 {n} 页（悬停后点右上角可全屏放大）", width="stretch")
    with right:
        if doc["extraction"] is None:
            st.info(f"{(doc.get('reading') or {}).get('label', '排队等待识别')}：识别完成后此处显示读出的信息，页面会自动刷新。")
            return
        ext = doc["extraction"]
        kind = ext.get("kind", "unknown")
        source = "PDF 文字层" if ext.get("source") == "pdf-text" else "文字识别(OCR)"
        if kind == "unknown" and candidate:
            st.warning(f"未能认出该文件是否为“{names.kind(slot)}”，请核对下方提示。")
        elif kind != slot:
            st.warning(f"该文件被识别为“{names.kind(kind)}”，与本栏要求的“{names.kind(slot)}”不符。")
        else:
            st.caption(f"识别为：{names.kind(kind)}" + ("" if candidate else f"（{source}）"))
        table = fields_table(ext, doc.get("findings", []))
        if table is None:
            st.warning("未能从该文件读出信息，请确认文件清晰、完整。")
        else:
            st.dataframe(table, hide_index=True, width="stretch", key=f"{key}_fields",
                         column_config={"_sev": None}, height="content")
        if zoom and doc.get("verify_url"):
            st.link_button("到学信网在线核验（官方验证页面）", doc["verify_url"], key=f"{key}_verify")
        show_findings(doc.get("findings", []))
