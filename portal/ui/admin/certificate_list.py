"""证书列表 tab of 证书管理: search issued certificates, view one, download its PDF, revoke it with a
reason (fraud cascades) or reissue it under a new number."""
import pandas as pd
import streamlit as st

from portal.services.certificates import common, listing, revoke
from portal.ui.common import attempt, db
from portal.ui.export import export_button


def show(who) -> None:
    left, right = st.columns([3, 1])
    term = left.text_input("搜索", key="cl_term", placeholder="证书编号、姓名、身份证号（完整 18 位）或手机号码")
    status = right.selectbox("状态", list(listing.STATUS_NAMES), index=None, format_func=listing.STATUS_NAMES.get,
                             key="cl_status", placeholder="全部状态")
    found = attempt(listing.list_certificates, db(), who, term=term, status=status)
    if not found or not found["rows"]:
        st.info("没有符合条件的证书。")
        return
    table = pd.DataFrame([{
        "证书编号": r["cert_no"], "姓名": r["name"], "身份证号": r["id_number"], "资格名称": r["qualification"],
        "级别": r["level_name"], "发证机构": r["issuing_body"], "取得资格时间": r["obtained_on"],
        "发证日期": r["issued_on"], "状态": r["status_name"], "撤销原因": r["revoke_reason"] or ""}
        for r in found["rows"]])
    st.dataframe(table, hide_index=True, width="stretch", key="cl_table")
    st.caption(f"共 {found['total']} 本，显示最近的 {len(found['rows'])} 本。")
    export_button(who, table, "证书列表", key="cl_export", filters={
        "搜索": term, "状态": listing.STATUS_NAMES.get(status)})
    numbers = [r["cert_no"] for r in found["rows"]]
    cert_no = st.selectbox("查看证书", numbers, index=None, key="cl_pick", placeholder="选择一本证书查看、下载、撤销或补发")
    if cert_no is None:
        return
    cert = attempt(common.get_certificate, db(), who, cert_no)
    if cert is None:
        return
    st.markdown(f"**{cert['cert_no']}**　{cert['name']}　{cert['qualification']}　{cert['level_name']}　"
                f"发证机构：{cert['issuing_body']}　取得资格时间：{cert['obtained_on']}　发证日期：{cert['issued_on']}")
    if cert["status"] != "valid":
        st.warning(f"已撤销：{cert['revoke_reason']}")
        return
    st.download_button("下载电子证书（PDF）", lambda: common.certificate_pdf(db(), who, cert_no), file_name=f"{cert_no}.pdf",
                       mime="application/pdf", key="cl_download", on_click="ignore")
    undo, again = st.columns(2)
    with undo.form("cl_revoke"):
        reason = st.text_area("撤销原因", key="cl_revoke_reason")
        fraud = st.checkbox("弄虚作假（一并撤销据此取得的证书，记入诚信档案 3 年）", key="cl_revoke_fraud")
        if st.form_submit_button("撤销证书"):
            done = attempt(revoke.revoke_certificate, db(), who, cert_no, reason=reason, fraud=fraud)
            if done:
                st.session_state["flash"] = "已撤销：" + "、".join(done)
                st.rerun()
    with again.form("cl_reissue"):
        why = st.text_area("补发原因", key="cl_reissue_reason")
        if st.form_submit_button("补发（换发新编号）"):
            new_no = attempt(listing.reissue_certificate, db(), who, cert_no, reason=why)
            if new_no:
                st.session_state["flash"] = f"已补发新证书 {new_no}，原证书 {cert_no} 已作废。"
                st.rerun()
