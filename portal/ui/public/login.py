"""登录 / 首次登录: staff and candidates log in; a listed candidate sets a password first."""
import streamlit as st

from portal.services.people import accounts
from portal.ui import session
from portal.ui.common import attempt, db

st.header("登录")
if session.principal() is not None:
    st.info("您已登录。")
    st.stop()
login_tab, first_tab = st.tabs(["登录", "考生首次登录（设置密码）"])
with login_tab:
    with st.form("login_form"):
        username = st.text_input("用户名（考生请填身份证号）", key="login_username")
        password = st.text_input("密码", type="password", key="login_password")
        ok = st.form_submit_button("登录", type="primary")
    if ok:
        who = attempt(accounts.login, db(), username, password)
        if who is not None:
            session.login(who)
            st.rerun()
with first_tab:
    st.caption("名单内的考生首次使用时，凭身份证号和名单登记的手机号码设置密码。")
    with st.form("first_login_form"):
        id_number = st.text_input("身份证号", key="first_id_number")
        phone = st.text_input("名单登记的手机号码", key="first_phone")
        new_pw = st.text_input("设置密码", type="password", key="first_password")
        again = st.text_input("再次输入密码", type="password", key="first_password_again")
        ok = st.form_submit_button("设置密码并登录", type="primary")
    if ok:
        if new_pw != again:
            st.error("两次输入的密码不一致。")
        else:
            who = attempt(accounts.candidate_first_login, db(), id_number, phone, new_pw)
            if who is not None:
                session.login(who)
                st.rerun()
