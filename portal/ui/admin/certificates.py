"""证书管理: the certificate list (search, view, download, revoke, reissue), the issuing unit of this
account chosen by level from the unit tree, series codes, batch issuance for final lists with the
exam date as 取得资格时间, integrity records and the ministry report (dates in Beijing time)."""
import pandas as pd
import streamlit as st

from portal.domain.masking import mask_id
from portal.services.certificates import common, config, issue, listing, report, revoke
from portal.services.publication import lists as publication_lists
from portal.ui import session
from portal.ui.admin import certificate_list
from portal.ui.common import attempt, db
from portal.ui.export import export_button
from portal.ui.text import esc

LEVELS = {"province": "省级（高级资格）", "city": "市州级（中级资格）", "county": "县市区级（初级资格）"}
who = session.require("admin")
st.header("证书管理")
unit = config.issuing_unit(db(), who.user_id)
st.write("当前发证单位：" + (f"**{esc(unit['body_name'])}**（单位编码 {unit['unit_code']}）" if unit else "未设置"))
list_tab, unit_tab, issue_tab, report_tab = st.tabs(["证书列表", "发证单位与系列", "批量发证", "报表与诚信记录"])
with list_tab:
    certificate_list.show(who)
with unit_tab:
    st.caption("按资格级别确定发证单位：高级由省人社厅发证，中级由市州人社局发证，初级由县市区人社局发证。")
    level = st.radio("发证单位级别", list(LEVELS), format_func=LEVELS.get, horizontal=True, key="cert_unit_level",
                     index=1)
    city = None
    if level == "county":
        mine = listing.issuing_units(who, "city")
        city = st.selectbox("所属市州", list(mine), format_func=mine.get, key="cert_unit_city", index=None,
                            placeholder="请选择市州")
    choices = listing.issuing_units(who, level, city)
    if not choices:
        st.info("您的账号不能设置该级别的发证单位（省级发证单位只能由省级管理员设置）。" if level == "province"
                else "请先选择市州。")
    code = st.selectbox("发证单位", list(choices), format_func=lambda c: f"{choices[c]}（{c}）", index=None,
                        key="cert_unit_code", placeholder="请选择发证单位")
    body = st.text_input("发证机构名称（打印在证书上）", key="cert_unit_body",
                         placeholder="如：长沙市人力资源和社会保障局")
    if st.button("设为当前发证单位", key="cert_unit_go", disabled=code is None):
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
        list_id = st.selectbox("名单", list(finals), format_func=finals.get, key="cert_issue_list", placeholder="请选择")
        exam_day = listing.default_obtained_on(db(), who, list_id)
        obtained = st.date_input("取得资格时间（考试日期）", exam_day, key=f"cert_issue_date_{list_id}",
                                 format="YYYY/MM/DD")
        st.caption("已按该批次登记的考试日期填入。" if exam_day else "该批次未登记考试日期，请填写考试日期。")
        series_code = st.text_input("系列代码", "01", key="cert_issue_series")
        if st.button("批量发证", type="primary", key="cert_issue_go"):
            if obtained is None:
                st.error("请填写取得资格时间（考试日期）。")
            else:
                done = attempt(issue.issue_certificates, db(), who, obtained_on=obtained, series=series_code,
                               list_id=list_id)
                if done:
                    st.success(f"已发放 {done['count']} 本证书（批次 {done['batch_id']}）。")
                    st.dataframe(pd.DataFrame(done["issued"], columns=["案件号", "证书编号"]), hide_index=True,
                                 key="cert_issued")
with report_tab:
    today = common.now().date()  # Beijing date: certificates are stamped in Beijing time
    first = st.date_input("开始日期", today.replace(month=1, day=1), key="cert_rep_first", format="YYYY/MM/DD")
    last = st.date_input("结束日期", today, key="cert_rep_last", format="YYYY/MM/DD")
    for fmt in ("csv", "xlsx"):
        st.download_button(f"下载报送人社部报表（{fmt.upper()}）",
                           lambda fmt=fmt: report.ministry_report(db(), who, first=first, last=last, fmt=fmt),
                           file_name=f"证书报表_{first}_{last}.{fmt}", key=f"cert_rep_{fmt}", on_click="ignore")
    records = attempt(revoke.integrity_records, db(), who) or []
    st.caption(f"诚信档案记录（保留 3 年）：{len(records)} 条")
    if records:
        integrity = pd.DataFrame([{"姓名": r.get("name"), "身份证号": mask_id(r.get("id_number")),
                                   "原因": r.get("reason"), "保留至": r.get("keep_until")} for r in records])
        st.dataframe(integrity, hide_index=True, width="stretch", key="cert_integrity")
        export_button(who, integrity, "诚信档案记录", key="cert_integrity_export")
