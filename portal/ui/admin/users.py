"""审核员与权限: staff accounts and the cities each one reviews; add a reviewer or administrator."""
import pandas as pd
import streamlit as st

from portal.domain import names
from portal.services.people import accounts
from portal.services.views import admin as admin_view
from portal.services.views import reference
from portal.ui import session
from portal.ui.common import attempt, db

who = session.require("admin")
cities = reference.city_names()
st.header("审核员与权限")
staff = attempt(admin_view.staff_list, db(), who) or []
if staff:
    st.dataframe(pd.DataFrame([{
        "用户名": u["username"], "姓名": u["display_name"], "角色": names.role(u["role"]),
        "负责市州": "、".join(cities.get(c, c) for c in u["cities"]),
        "状态": "停用" if not u["active"] else ("锁定中" if u["locked_until"] else "正常"),
    } for u in staff]), hide_index=True, width="stretch", key="users_table")
st.caption("审核员只能看到并审核其负责市州的案件；市级管理员只能管理本市州。")

st.subheader("新增工作人员")
mine = [c for c in cities if c in who.cities]
with st.form("users_add", clear_on_submit=True):
    username = st.text_input("用户名（字母或汉字开头）", key="users_username")
    name = st.text_input("姓名", key="users_name")
    role = st.radio("角色", list(admin_view.STAFF_ROLES), format_func=names.role,
                    horizontal=True, key="users_role")
    chosen = st.multiselect("负责市州", mine, format_func=cities.get, key="users_cities")
    password = st.text_input("初始密码（至少 8 位，含字母和数字）", type="password", key="users_password")
    if st.form_submit_button("新增", type="primary"):
        attempt(accounts.create_staff, db(), who, username=username, role=role, display_name=name,
                cities=chosen, password=password, success=f"已新增账号：{username}")
