"""公示名单: published pass lists, masked ID numbers, no phone numbers, searchable by name."""
import pandas as pd
import streamlit as st

from portal.domain import names
from portal.services.views import public
from portal.ui import session
from portal.ui.common import attempt, db
from portal.ui.export import export_button

st.header("公示名单")
lists = public.published_lists(db())
if not lists:
    st.info("暂无已发布的公示名单。")
    st.stop()
labels = {r["id"]: f"{r['title']}（{names.name('list_status', r['status'])}）" for r in lists}
list_id = st.selectbox("选择名单", list(labels), format_func=labels.get, key="pass_list_pick", placeholder="请选择")
chosen = next(r for r in lists if r["id"] == list_id)
if chosen["notice_start"]:
    st.caption(f"公示期：{chosen['notice_start']} 至 {chosen['notice_end']}。发布单位：{chosen['publisher']}。")
    st.caption(f"如有异议，请在公示期内实名向{chosen['objection_unit']}反映，电话 {chosen['objection_phone']}。")
name = st.text_input("按姓名查询", key="pass_list_name", placeholder="输入姓名或其中的字")
found = attempt(public.public_entries, db(), list_id, name)
if found is not None:
    header, rows = found
    if not rows:
        st.warning("名单中没有与该姓名相符的人员。")
    else:
        table = pd.DataFrame(rows, columns=header)
        st.dataframe(table, hide_index=True, width="stretch", key="pass_list_table")
        export_button(session.principal(), table, "公示名单", key="pass_list_export",
                      filters={"名单": chosen["title"], "姓名": name})
        st.caption(f"共 {len(rows)} 人。身份证号仅显示前 4 位和后 4 位。")
