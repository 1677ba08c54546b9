"""账户与退出: who is logged in, 修改密码 for every logged-in user, and logout."""
import streamlit as st

from portal.domain import names
from portal.services.people import sessions, staff
from portal.ui import session
from portal.ui.common import attempt, db

who = session.principal()
st.header("账户与退出")
if who is None:
    st.info("当前未登录。")
    st.stop()
st.text(f"姓名：{who.display_name}　角色：{names.role(who.role)}")
if who.cities:
    st.text("管辖市州：" + "、".join(map(str, who.cities)))
if who.must_change_password:
    st.warning("您正在使用管理员设置的临时密码，请先修改密码。")
st.subheader("修改密码")
with st.form("change_password_form", clear_on_submit=True):
    old = st.text_input("原密码", type="password", key="pw_old")
    new = st.text_input("新密码（至少 8 位，含字母和数字）", type="password", key="pw_new")
    again = st.text_input("再次输入新密码", type="password", key="pw_again")
    changed = st.form_submit_button("修改密码", type="primary")
if changed:
    if new != again:
        st.error("两次输入的新密码不一致。")
    else:
        attempt(staff.change_password, db(), who, old, new)
        if sessions.resolve(db(), who.token) is None:  # changed: every session ended, log in again
            session.logout()
            st.session_state["flash"] = "密码已修改，请用新密码重新登录。"
            st.rerun()
st.caption(f"超过 {session.TIMEOUT_SECONDS // 60} 分钟无操作将自动退出登录；登录最长保持 12 小时。")
if st.button("退出登录", key="account_logout", type="primary"):
    session.logout()
    st.rerun()
