"""登录 / 首次登录: staff and candidates log in; a listed candidate sets (or resets) a password with
a one-time code sent to the phone on the authority's list."""
import streamlit as st

from portal.services.people import accounts, codes
from portal.ui import session
from portal.ui.common import attempt, db

st.header("登录")
if session.principal() is not None:
    st.info("您已登录。")
    st.stop()
login_tab, code_tab = st.tabs(["登录", "考生首次登录 / 忘记密码"])
with login_tab:
    with st.form("login_form"):
        username = st.text_input("用户名（考生请填身份证号）", key="login_username")
        password = st.text_input("密码", type="password", key="login_password")
        ok = st.form_submit_button("登录", type="primary")
    if ok:
        who = attempt(accounts.login, db(), username, password, client=session.client())
        if who is not None:
            session.login(who)
            st.rerun()
    st.caption("考生首次使用或忘记密码，请在“考生首次登录 / 忘记密码”中获取验证码。")
with code_tab:
    st.caption("验证码只发送到考试机构名单上登记的手机号码，10 分钟内有效。")
    with st.form("code_request_form"):
        id_number = st.text_input("身份证号", key="code_id_number")
        purpose = st.radio("用途", ["first_login", "forgot"], format_func=codes.PURPOSES.get,
                           horizontal=True, key="code_purpose")
        if st.form_submit_button("获取验证码"):
            sent = attempt(codes.request_code, db(), id_number, purpose=purpose)
            if sent:
                st.session_state["code_for"] = id_number
                st.info(sent)
    with st.form("code_use_form"):
        code = st.text_input("短信验证码（6位数字）", key="code_value")
        new_pw = st.text_input("设置密码", type="password", key="code_password")
        again = st.text_input("再次输入密码", type="password", key="code_password_again")
        ok = st.form_submit_button("设置密码并登录", type="primary")
    if ok:
        target = st.session_state.get("code_for") or id_number
        if new_pw != again:
            st.error("两次输入的密码不一致。")
        else:
            who = attempt(codes.set_password_with_code, db(), target, code, new_pw, client=session.client())
            if who is not None:
                session.login(who)
                st.rerun()
