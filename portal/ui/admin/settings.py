"""系统设置: the public verification address printed and QR-coded on every certificate."""
import streamlit as st

from portal.services.certificates import public_url
from portal.ui import session
from portal.ui.common import attempt, db

who = session.require("admin")
st.header("系统设置")
current = public_url.public_url(db())
if current:
    st.markdown(f"证书查验公网地址：`{current}`" + ("（演示地址，正式使用前请更换）" if current.endswith(".invalid") else ""))
else:
    st.warning(public_url.MISSING)
with st.form("settings_public_url"):
    url = st.text_input("证书查验公网地址", current or "", key="set_public_url",
                        placeholder="https://zhicheng.example.gov.cn")
    st.caption("证书上的二维码和“查验地址”指向该地址下的查验页，须是外部人员能访问的地址，不能是本机地址。")
    if st.form_submit_button("保存", type="primary"):
        attempt(public_url.set_public_url, db(), who, url, success="已保存。")
