"""审核员与权限: staff accounts and the cities each one reviews; add, disable/enable, reset a
password to a temporary one, unlock, change cities."""
import pandas as pd
import streamlit as st

from portal.domain import names
from portal.services.people import accounts, locks, staff
from portal.services.views import admin as admin_view
from portal.services.views import reference
from portal.ui import session
from portal.ui.common import attempt, db
from portal.ui.export import export_button

who = session.require("admin")
cities = reference.city_names()
st.header("审核员与权限")
users = attempt(admin_view.staff_list, db(), who) or []
if users:
    table = pd.DataFrame([{
        "用户名": u["username"], "姓名": u["display_name"], "角色": names.role(u["role"]),
        "负责市州": "、".join(cities.get(c, c) for c in u["cities"]),
        "状态": ("启用" if u["active"] else "停用") + ("，锁定" if u["locked"] else "")
        + ("，须改密码" if u["must_change_password"] else ""),
    } for u in users])
    st.dataframe(table, hide_index=True, width="stretch", key="users_table")
    export_button(who, table, "审核员与权限", key="users_export")
st.caption("审核员只能看到并审核其负责市州的案件；市级管理员只能管理本市州。停用、重置密码或调整市州后，"
           "该账号的所有登录立即失效。")
mine = [c for c in cities if c in who.cities]

st.subheader("账号维护")
by_name = {u["username"]: u for u in users}
if by_name:
    picked = st.selectbox("账号", list(by_name), key="users_pick",
                          format_func=lambda u: f"{by_name[u]['display_name']}（{names.role(by_name[u]['role'])}）")
    target = by_name[picked]
    left, mid, right, last = st.columns(4)
    if left.button("停用" if target["active"] else "启用", key="users_toggle"):
        attempt(staff.set_active, db(), who, target["id"], not target["active"],
                success=f"已{'停用' if target['active'] else '启用'}：{target['display_name']}")
    if mid.button("解除锁定", key="users_unlock"):
        attempt(locks.unlock, db(), who, target["id"], success=f"已解除锁定：{target['display_name']}")
    if right.button("重置密码", key="users_reset"):
        temporary = attempt(staff.reset_password, db(), who, target["id"])
        if temporary:
            st.success("已设置临时密码（仅显示一次，下次登录须修改）：")
            st.code(temporary, language=None)
    with last.popover("调整市州"):
        chosen = st.multiselect("负责市州", mine, default=[c for c in target["cities"] if c in mine],
                                format_func=cities.get, key="users_set_cities")
        if st.button("保存", key="users_save_cities"):
            attempt(staff.set_cities, db(), who, target["id"], chosen, success=f"已调整市州：{target['display_name']}")

st.subheader("新增工作人员")
with st.form("users_add", clear_on_submit=True):
    username = st.text_input("用户名（字母或汉字开头）", key="users_username")
    name = st.text_input("姓名", key="users_name")
    role = st.radio("角色", list(admin_view.STAFF_ROLES), format_func=names.role,
                    horizontal=True, key="users_role")
    chosen = st.multiselect("负责市州", mine, format_func=cities.get, key="users_cities", placeholder="请选择市州（可多选）")
    password = st.text_input("初始密码（至少 8 位，含字母和数字）", type="password", key="users_password")
    if st.form_submit_button("新增", type="primary"):
        attempt(accounts.create_staff, db(), who, username=username, role=role, display_name=name,
                cities=chosen, password=password, success=f"已新增账号：{username}")
