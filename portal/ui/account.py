"""账户与退出: who is logged in, and logout."""
import streamlit as st

from portal.domain import names
from portal.ui import session

who = session.principal()
st.header("账户与退出")
if who is None:
    st.info("当前未登录。")
    st.stop()
st.write(f"姓名：**{who.display_name}**　角色：**{names.role(who.role)}**")
if who.cities:
    st.write("管辖市州：" + "、".join(map(str, who.cities)))
st.caption(f"超过 {session.TIMEOUT_SECONDS // 60} 分钟无操作将自动退出登录。")
if st.button("退出登录", key="account_logout", type="primary"):
    session.logout()
    st.rerun()
