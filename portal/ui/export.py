"""The "导出 Excel" button under every list: the table exactly as shown, through the one export
service (`views.excel.table_xlsx`), with the page's filter in the sheet's title row."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from portal.services.views import excel


def frame_rows(frame: pd.DataFrame) -> tuple[list[str], list[list]]:
    """Headers and rows of a table as shown (pandas NaN/NaT become empty cells)."""
    body = frame.astype(object).where(frame.notna(), None)
    return [str(c) for c in frame.columns], body.values.tolist()


def export_button(who, frame: pd.DataFrame, title: str, *, key: str, filters: dict | None = None) -> None:
    header, rows = frame_rows(frame)
    data = excel.table_xlsx(who, title, header, rows, filters=filters)
    st.download_button("导出 Excel", data, file_name=f"{title}.xlsx", mime=excel.XLSX_MIME, key=key,
                       icon=":material/download:")
