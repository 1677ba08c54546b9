"""首页: current rounds with their submission windows, and published pass-list notices."""
import pandas as pd
import streamlit as st

from portal.domain.times import beijing
from portal.services.views import public
from portal.ui import session
from portal.ui.common import db
from portal.ui.export import export_button
from portal.ui.text import esc

st.title("专业技术人员职业资格考试 考后人工核查")
st.markdown(
    "考试成绩合格、报名时实行告知承诺制的考生，须在核查批次的受理时间内登录本系统："
    "**个人自审 → 上传材料 → 提交 → 市人社局人工核查 → 公示**。"
    "不符合报考条件的，考试成绩无效，不予发证。")

st.subheader("核查批次与受理时间")
found = public.current_rounds(db())
if not found:
    st.info("目前没有正在进行的核查批次。")
else:
    table = pd.DataFrame(found).rename(columns={
        "name": "批次", "exam": "考试", "exam_year": "考试年度", "opens_at": "开始受理",
        "closes_at": "截止受理", "return_days": "退回补充期限（天）", "window": "状态"})
    st.dataframe(table, hide_index=True, width="stretch", key="home_rounds")
    export_button(session.principal(), table, "核查批次与受理时间", key="home_rounds_export")
    for r in found:
        if r["window"] == "正在受理":
            st.success(f"{esc(r['name'])}：正在受理，截止时间 {beijing(r['closes_at'])}。")

st.subheader("公示公告")
lists = public.published_lists(db())
if not lists:
    st.info("暂无公示中的名单。")
for row in lists:
    period = f"公示期至 {row['notice_end']}" if row["notice_end"] else ""
    state = "公示中" if row["status"] == "published" else "公示结束"
    st.markdown(f"- **{esc(row['title'])}**（{state}，{row['listed']} 人）{period}")
st.caption("公示期内如有异议，请实名向发布单位反映。到“公示名单”页面可按姓名查询。")
