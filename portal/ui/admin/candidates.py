"""考生账号: an administrator starts a candidate's password reset (a one-time code to the phone on
the list) or corrects the listed phone number, with a reason."""
import streamlit as st

from portal.services.people import candidate_accounts
from portal.ui import session
from portal.ui.common import attempt, db

who = session.require("admin")
st.header("考生账号")
st.caption("考生忘记密码时，可在登录页自行获取验证码；此处由管理员代为发起。验证码只发往名单登记的手机。")
with st.form("cand_reset"):
    id_number = st.text_input("考生身份证号", key="cand_reset_id")
    if st.form_submit_button("发送重置密码验证码", type="primary"):
        sent = attempt(candidate_accounts.reset_candidate_password, db(), who, id_number)
        if sent:
            st.success(sent)
st.subheader("更正名单手机号码")
with st.form("cand_phone", clear_on_submit=True):
    id_number = st.text_input("考生身份证号", key="cand_phone_id")
    phone = st.text_input("正确的手机号码", key="cand_phone_new")
    reason = st.text_input("更正原因（记入审计日志）", key="cand_phone_reason")
    if st.form_submit_button("更正"):
        attempt(candidate_accounts.correct_phone, db(), who, id_number, phone, reason=reason,
                success="已更正手机号码")
