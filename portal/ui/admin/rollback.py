"""回退与转移: undo a case's review operations latest-first, transfer cases to another review body,
hand a reviewer's cases to another reviewer."""
import pandas as pd
import streamlit as st

from portal.services.cases import admin as cases_admin
from portal.services.views import admin as admin_view
from portal.services.views import reference
from portal.ui import session
from portal.ui.common import attempt, db
from portal.ui.export import export_button

who = session.require("admin")
cities = reference.city_names()
st.header("回退与转移")
back_tab, move_tab, reassign_tab = st.tabs(["回退审核操作", "转移审核机构", "重新指派审核员"])
with back_tab:
    st.caption("审核操作只能按倒序回退：先回退最近的一次，才能再回退更早的。")
    case_id = st.number_input("案件号", min_value=1, step=1, key="rb_case")
    ops = attempt(admin_view.review_ops, db(), who, int(case_id))
    if ops:
        ops_table = pd.DataFrame(ops)
        st.dataframe(ops_table, hide_index=True, width="stretch", key="rb_ops")
        export_button(who, ops_table, "审核操作记录", key="rb_export", filters={"案件号": int(case_id)})
        reason = st.text_input("回退原因", key="rb_reason")
        if st.button("回退最近一次操作", key="rb_go", type="primary"):
            attempt(cases_admin.rollback_last, db(), who, int(case_id), reason=reason,
                    success=f"已回退案件 {int(case_id)} 最近一次审核操作。")
    elif ops is not None:
        st.info("该案件没有审核操作记录。")
with move_tab, st.form("mv_form"):
    ids = st.text_input("案件号（多个用逗号分隔）", key="mv_ids")
    to_city = st.selectbox("转至市州", list(cities), format_func=cities.get, key="mv_city", placeholder="请选择")
    reason = st.text_input("转移原因", key="mv_reason")
    if st.form_submit_button("转移"):
        numbers = [int(x) for x in ids.replace("，", ",").split(",") if x.strip().isdigit()]
        if not numbers:
            st.error("请填写案件号。")
        else:
            attempt(cases_admin.transfer_cases, db(), who, numbers, to_city=to_city, reason=reason,
                    success=f"已将 {len(numbers)} 件案件转至{cities[to_city]}。")
with reassign_tab:
    staff = {u["id"]: f"{u['display_name']}（{u['username']}）" for u in admin_view.staff_list(db(), who)}
    with st.form("ra_form"):
        src = st.selectbox("原审核员", list(staff), format_func=staff.get, key="ra_from", placeholder="请选择")
        dst = st.selectbox("交给", [None, *staff], format_func=lambda u: staff.get(u, "放回队列"), key="ra_to", placeholder="请选择")
        reason = st.text_input("原因", key="ra_reason")
        if st.form_submit_button("重新指派"):
            moved = attempt(cases_admin.reassign_reviewer, db(), who, src, dst, reason=reason)
            if moved is not None:
                st.success(f"已移交 {moved} 件正在审核的案件及其待回复的补充件。")
