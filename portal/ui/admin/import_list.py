"""导入名单: download the template, upload the authority's CSV/XLSX list, check the per-row preview,
then 确认导入; the result lists accepted rows by name and rejected rows with their full values."""
import hashlib

import pandas as pd
import streamlit as st

from portal.services.views import admin as admin_view
from portal.services.views import documents as documents_view
from portal.services.views import excel
from portal.ui import session
from portal.ui.chinese import file_uploader
from portal.ui.common import attempt, db
from portal.ui.export import export_button
from portal.ui.text import esc

who = session.require("admin")
st.header("导入考后核查人员名单")
st.caption("列：姓名、身份证号、手机号码、考试、级别、考试年度、市州、工作单位、成绩（中文或英文表头均可，"
           "考试和级别可填代码或中文名称）。重复导入同一文件不会改变数据；更正后的行会更新该考生。")
st.download_button("下载名单模板（XLSX）", admin_view.template_xlsx(), file_name="考后核查人员名单模板.xlsx",
                   mime=excel.XLSX_MIME, key="import_template", on_click="ignore", icon=":material/download:")
upload = file_uploader("名单文件（CSV 或 XLSX）", key="import_file", types=["csv", "xlsx"], types_shown="CSV、XLSX",
                       limit_mb=documents_view.upload_limit_mb())
if upload is not None:
    data = upload.getvalue()
    digest = hashlib.sha256(data).hexdigest()
    if st.session_state.get("import_preview_of") != digest:
        st.session_state["import_preview"] = attempt(admin_view.preview_upload, db(), who, upload.name, data)
        st.session_state["import_preview_of"] = digest
        st.session_state.pop("import_report", None)
    preview = st.session_state.get("import_preview")
    if preview is not None and st.session_state.get("import_report") is None:
        st.subheader(f"导入预览：{upload.name}（尚未导入）")
        st.caption(f"将接收 {len(preview.accepted)} 行，拒收 {len(preview.rejected)} 行。确认无误后点“确认导入”。")
        table = pd.DataFrame(admin_view.preview_rows(preview))
        st.dataframe(table, hide_index=True, width="stretch", key="import_preview_table")
        export_button(who, table, "名单导入预览", key="import_preview_export", filters={"文件": upload.name})
        if preview.accepted and st.button("确认导入", key="import_go", type="primary"):
            with st.spinner("正在导入……"):
                report = attempt(admin_view.import_upload, db(), who, upload.name, data)
            if report is not None:
                st.session_state["import_report"] = report
                st.session_state["import_name"] = upload.name
                st.rerun()
report = st.session_state.get("import_report")
if report is None:
    st.stop()
name = st.session_state.get("import_name", "")
if report.note:
    st.info(esc(report.note))
st.subheader(f"导入结果：{esc(name)}")
left, right = st.columns(2)
left.metric("接收（行）", len(report.accepted))
right.metric("拒收（行）", len(report.rejected))
if report.rejected:
    st.error("以下行未导入，请按原因修改后重新导入：")
    rejected = pd.DataFrame(admin_view.rejected_rows(report))
    st.dataframe(rejected, hide_index=True, width="stretch", key="import_rejected")
    export_button(who, rejected, "名单导入拒收行", key="import_rejected_export", filters={"文件": name})
if report.accepted:
    st.success(f"已导入 {len(report.accepted)} 行。")
    accepted = pd.DataFrame(admin_view.accepted_rows(report))
    st.dataframe(accepted, hide_index=True, width="stretch", key="import_accepted")
    export_button(who, accepted, "名单导入接收行", key="import_accepted_export", filters={"文件": name})
