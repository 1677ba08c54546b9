"""黑名单: add, edit and lift entries (each with a reason); earlier failed checks."""
import pandas as pd
import streamlit as st

from portal.domain.masking import mask_id
from portal.services.people import blacklist
from portal.services.views import reference
from portal.ui import session
from portal.ui.common import attempt, db
from portal.ui.export import export_button

who = session.require("admin")
st.header("黑名单")
show_lifted = st.toggle("显示已解除的记录", key="bl_show_lifted")
entries = attempt(blacklist.list_entries, db(), who, include_lifted=show_lifted) or []
if entries:
    table = pd.DataFrame([{"编号": e["id"], "姓名": e["name"], "身份证号": mask_id(e["id_number"]),
                           "原因": e["reason"], "列入时间": e["added_at"],
                           "解除时间": e["lifted_at"], "解除原因": e["lift_reason"]} for e in entries])
    st.dataframe(table, hide_index=True, width="stretch", key="bl_table")
    export_button(who, table, "黑名单", key="bl_export", filters={"含已解除": "是" if show_lifted else None})
else:
    st.info("黑名单中暂无记录。")

add_tab, edit_tab, history_tab = st.tabs(["列入黑名单", "修改或解除", "录入以往核查未通过记录"])
with add_tab, st.form("bl_add", clear_on_submit=True):
    id_number = st.text_input("身份证号", key="bl_add_id")
    name = st.text_input("姓名", key="bl_add_name")
    reason = st.text_area("原因", key="bl_add_reason")
    if st.form_submit_button("列入黑名单", type="primary"):
        attempt(blacklist.add_entry, db(), who, id_number=id_number, name=name, reason=reason,
                success="已列入黑名单。")
active = {e["id"]: f"{e['id']}：{e['name']}（{mask_id(e['id_number'])}）" for e in entries if not e["lifted_at"]}
with edit_tab:
    if not active:
        st.caption("没有可修改的记录。")
    else:
        entry_id = st.selectbox("记录", list(active), format_func=active.get, key="bl_edit_pick", placeholder="请选择")
        text = st.text_area("新的原因 / 解除原因", key="bl_edit_reason")
        left, right = st.columns(2)
        if left.button("修改原因", key="bl_edit_go"):
            attempt(blacklist.edit_entry, db(), who, entry_id, reason=text, success="已修改。")
        if right.button("解除黑名单", key="bl_lift_go"):
            attempt(blacklist.lift_entry, db(), who, entry_id, reason=text, success="已解除。")
with history_tab, st.form("bl_history", clear_on_submit=True):
    st.caption("曾参加考后人工核查因不符合报考条件未通过的人员，同一考试不再受理。")
    exams = reference.exam_names()
    h_id = st.text_input("身份证号", key="bl_hist_id")
    h_exam = st.selectbox("考试", list(exams), format_func=exams.get, key="bl_hist_exam", placeholder="请选择")
    h_year = st.number_input("考试年度", 2000, 2100, 2021, key="bl_hist_year")
    h_reason = st.text_input("未通过原因", key="bl_hist_reason")
    if st.form_submit_button("录入"):
        attempt(blacklist.add_history, db(), who, id_number=h_id, exam=h_exam, exam_year=h_year,
                reason=h_reason, success="已录入。")
