"""证书查验: anyone checks a certificate with its number + the holder's ID number + phone number
(never the number alone), or uploads an e-certificate PDF to check its signature."""
import streamlit as st

from portal.services.certificates import verify
from portal.services.certificates.upload_check import MAX_BYTES as MAX_UPLOAD
from portal.ui import session
from portal.ui.chinese import file_uploader
from portal.ui.common import attempt, db
from portal.ui.text import esc

st.header("证书查验")
st.caption("查验他人证书须同时提供证书编号、持证人身份证号和持证人预留手机号码；结果只说明证书是否有效，"
           "不显示其他个人信息。为防止恶意查询，查验次数有限制。")
number_tab, pdf_tab = st.tabs(["按编号查验", "上传电子证书查验"])
with number_tab, st.form("verify_form"):
    cert_no = st.text_input("证书编号", st.query_params.get("no", ""), key="verify_no")
    id_number = st.text_input("持证人身份证号", key="verify_id")
    phone = st.text_input("持证人手机号码", key="verify_phone")
    if st.form_submit_button("查验", type="primary"):
        found = attempt(verify.verify_certificate, db(), cert_no=cert_no, id_number=id_number,
                        phone=phone, client=session.client())
        if found:
            {"valid": st.success, "revoked": st.error}.get(found["status"], st.warning)(esc(found["message"]))
with pdf_tab:
    st.caption("上传从本系统下载的电子证书PDF：核验PDF电子签名是否为本发证机构所签、签名后文件是否被改动，"
               f"并核对发证登记。结果为 有效 / 已撤销 / 未查到 / 已篡改 之一。文件不超过{MAX_UPLOAD // 2**20}MB。")
    upload = file_uploader("电子证书 PDF", key="verify_pdf", types=["pdf"], types_shown="PDF",
                           limit_mb=MAX_UPLOAD // 2**20)
    if upload is not None and upload.size > MAX_UPLOAD:
        st.error(f"文件过大：电子证书PDF不超过{MAX_UPLOAD // 2**20}MB")
    elif upload is not None:
        seen = st.session_state.get("verify_pdf_seen") or (None, None)  # a rerun does not check (or count) again
        found = seen[1] if seen[0] == upload.file_id else \
            attempt(verify.check_uploaded_certificate, db(), upload.getvalue(), client=session.client())
        st.session_state["verify_pdf_seen"] = (upload.file_id, found)
        if found:
            show = {"valid": st.success, "revoked": st.error, "unknown": st.warning}.get(found["status"], st.error)
            show(f"**{found['answer']}**" + (f"　证书编号 {found['cert_no']}" if found["cert_no"] else ""))
            st.caption(found["detail"])
