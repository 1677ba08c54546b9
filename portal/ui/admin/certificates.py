"""证书管理: the issuing unit of this account, series codes, batch issuance for final lists,
revocation (fraud cascades), integrity records and the ministry report."""
import datetime as dt

import pandas as pd
import streamlit as st

from portal.domain.masking import mask_id
from portal.services.certificates import config, issue, report, revoke
from portal.services.publication import lists as publication_lists
from portal.ui import session
from portal.ui.common import attempt, db
from portal.ui.text import esc

who = session.require("admin")
st.header("证书管理")
unit = config.issuing_unit(db(), who.user_id)
st.write("当前发证单位：" + (f"**{esc(unit['body_name'])}**（单位编码 {unit['unit_code']}）" if unit else "未设置"))
unit_tab, issue_tab, revoke_tab, report_tab = st.tabs(["发证单位与系列", "批量发证", "撤销证书", "报表与诚信记录"])
with unit_tab:
    with st.form("cert_unit"):
        code = st.text_input("单位编码（如 4301 长沙市、43 省人社厅）", key="cert_unit_code")
        body = st.text_input("发证机构名称", key="cert_unit_body")
        if st.form_submit_button("设为当前发证单位"):
            attempt(config.set_issuing_unit, db(), who, user_id=who.user_id, unit_code=code, body_name=body,
                    success="已设置当前发证单位。")
    series = config.series_names(db())
    st.caption("已配置系列：" + ("、".join(f"{c} {esc(n)}" for c, n in series.items()) or "无（任何两位数字均可）"))
    with st.form("cert_series"):
        s_code = st.text_input("系列代码（两位数字）", key="cert_series_code")
        s_name = st.text_input("系列名称", key="cert_series_name")
        if st.form_submit_button("添加系列"):
            attempt(config.add_series, db(), who, s_code, s_name, success="已添加系列。")
with issue_tab:
    finals = {r["id"]: r["title"] for r in publication_lists.list_pass_lists(db(), who, status="final")}
    if not finals:
        st.info("没有公示期满、已确认的名单。")
    else:
        with st.form("cert_issue"):
            list_id = st.selectbox("名单", list(finals), format_func=finals.get, key="cert_issue_list")
            obtained = st.date_input("取得资格时间（考试日期）", dt.date.today(), key="cert_issue_date")
            series_code = st.text_input("系列代码", "01", key="cert_issue_series")
            if st.form_submit_button("批量发证", type="primary"):
                done = attempt(issue.issue_certificates, db(), who, obtained_on=obtained, series=series_code,
                               list_id=list_id)
                if done:
                    st.success(f"已发放 {done['count']} 本证书（批次 {done['batch_id']}）。")
                    st.dataframe(pd.DataFrame(done["issued"], columns=["案件号", "证书编号"]), hide_index=True)
with revoke_tab, st.form("cert_revoke"):
    cert_no = st.text_input("证书编号", key="cert_revoke_no")
    reason = st.text_area("撤销原因", key="cert_revoke_reason")
    fraud = st.checkbox("弄虚作假（一并撤销据此取得的证书，记入诚信档案 3 年）", key="cert_revoke_fraud")
    if st.form_submit_button("撤销"):
        done = attempt(revoke.revoke_certificate, db(), who, cert_no, reason=reason, fraud=fraud)
        if done:
            st.success("已撤销：" + "、".join(done))
with report_tab:
    first = st.date_input("开始日期", dt.date.today().replace(month=1, day=1), key="cert_rep_first")
    last = st.date_input("结束日期", dt.date.today(), key="cert_rep_last")
    for fmt in ("csv", "xlsx"):
        st.download_button(f"下载报送人社部报表（{fmt.upper()}）",
                           lambda fmt=fmt: report.ministry_report(db(), who, first=first, last=last, fmt=fmt),
                           file_name=f"证书报表_{first}_{last}.{fmt}", key=f"cert_rep_{fmt}", on_click="ignore")
    records = attempt(revoke.integrity_records, db(), who) or []
    st.caption(f"诚信档案记录（保留 3 年）：{len(records)} 条")
    if records:
        st.dataframe(pd.DataFrame([{"姓名": r.get("name"), "身份证号": mask_id(r.get("id_number")),
                                    "原因": r.get("reason"), "保留至": r.get("keep_until")} for r in records]),
                     hide_index=True, width="stretch", key="cert_integrity")
