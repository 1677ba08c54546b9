"""统计看板: charts a bureau looks at — cases by status per city and exam, daily decisions per
reviewer, return and fail reasons, and the time from submission to decision."""
import altair as alt
import streamlit as st

from portal.services.views import dashboard as dashboard_view
from portal.ui import session
from portal.ui.common import attempt, db

who = session.require("admin")
st.header("统计看板")
data = attempt(dashboard_view.dashboard, db(), who)
if data is None:
    st.stop()
status, done = data["status"].to_pandas(), data["throughput"].to_pandas()
if len(done):
    done["日期"] = done["日期"].astype(str)
COUNT = alt.Axis(format="d", tickMinStep=1)
left, mid, right, last = st.columns(4)
left.metric("案件总数", data["total"])
mid.metric("已作出决定（次）", int(done["件数"].sum()) if len(done) else 0)
right.metric("平均审核用时（小时）", round(float(data["durations"]["小时"].mean()), 1) if len(data["durations"]) else "—")
last.metric("带不符合项通过（件）", data["passed_with_exceptions"])
if len(data["acknowledged"]):
    st.caption("以下核对未通过项经审核员逐项说明理由后仍予通过：")
    st.dataframe(data["acknowledged"].to_pandas(), hide_index=True, key="dash_acknowledged")

st.subheader("各市州、各考试案件状态")
if len(status):
    st.altair_chart(alt.Chart(status).mark_bar().encode(
        x=alt.X("sum(案件数):Q", title="案件数", axis=COUNT), y=alt.Y("市州:N", title=None),
        color=alt.Color("状态:N"), row=alt.Row("考试:N", title=None, header=alt.Header(labelAngle=0, labelAlign="left")),
        tooltip=["市州", "考试", "状态", "案件数"]).properties(height=60), key="dash_status")
else:
    st.info("暂无案件。")
st.subheader("每日审核量（按审核员）")
if len(done):
    st.altair_chart(alt.Chart(done).mark_bar().encode(
        x=alt.X("日期:O", title="日期", axis=alt.Axis(labelAngle=0)),
        y=alt.Y("sum(件数):Q", title="作出决定（件）", axis=COUNT), xOffset="审核员:N",
        color="审核员:N", tooltip=["日期", "审核员", "件数"]), key="dash_throughput")
else:
    st.info("尚未作出审核决定。")
st.subheader("退回与不通过原因")
reasons = data["reasons"].head(15).to_pandas()
if len(reasons):
    st.altair_chart(alt.Chart(reasons).mark_bar().encode(
        x=alt.X("次数:Q", axis=COUNT), y=alt.Y("原因:N", sort="-x", title=None, axis=alt.Axis(labelLimit=520)),
        color="类型:N",
        tooltip=["类型", "原因", "次数"]), key="dash_reasons")
else:
    st.info("暂无退回或不通过的案件。")
st.subheader("从提交到作出决定的用时")
durations = data["durations"].to_pandas()
if len(durations):
    st.altair_chart(alt.Chart(durations).mark_bar().encode(
        x=alt.X("小时:Q", bin=alt.Bin(maxbins=20), title="用时（小时）"), y=alt.Y("count():Q", title="案件数", axis=COUNT),
        color="决定:N"), key="dash_durations")
else:
    st.info("暂无数据。")
