"""导入名单: upload the authority's CSV/XLSX list, see the per-row result, download rejected rows."""
import pandas as pd
import streamlit as st

from portal.services.views import admin as admin_view
from portal.ui import session
from portal.ui.common import attempt, db
from portal.ui.text import esc

who = session.require("admin")
st.header("导入考后核查人员名单")
st.caption("列：姓名、身份证号、手机号码、考试、级别、考试年度、市州、工作单位、成绩（中文或英文表头均可，"
           "考试和级别可填代码或中文名称）。重复导入同一文件不会改变数据；更正后的行会更新该考生。")
upload = st.file_uploader("名单文件（CSV 或 XLSX）", type=["csv", "xlsx"], key="import_file")
if upload is not None and st.button("开始导入", key="import_go", type="primary"):
    with st.spinner("正在校验并导入……"):
        report = attempt(admin_view.import_upload, db(), who, upload.name, upload.getvalue())
    if report is not None:
        st.session_state["import_report"] = report
        st.session_state["import_name"] = upload.name
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
    st.dataframe(pd.DataFrame(admin_view.rejected_rows(report)), hide_index=True, width="stretch",
                 key="import_rejected")
    st.download_button("下载拒收行（CSV）", admin_view.rejected_csv(report), file_name="拒收行.csv",
                       mime="text/csv", key="import_download")
if report.accepted:
    with st.expander("已接收的行"):
        st.dataframe(pd.DataFrame(admin_view.accepted_rows(report)), hide_index=True, width="stretch",
                     key="import_accepted")
