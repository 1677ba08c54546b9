"""统计看板: charts a bureau looks at — cases by status per city and exam, daily decisions per
reviewer, return and fail reasons, and the time from submission to decision. Colours carry meaning
on every chart: 通过 green, 退回补充 amber, 不通过 red."""
import altair as alt
import streamlit as st

from portal.services.views import dashboard as dashboard_view
from portal.ui import session
from portal.ui.common import attempt, db
from portal.ui.export import export_button

who = session.require("admin")
st.header("统计看板")
data = attempt(dashboard_view.dashboard, db(), who)
if data is None:
    st.stop()
status, done = data["status"].to_pandas(), data["throughput"].to_pandas()
if len(done):
    done["日期"] = done["日期"].astype(str)
COUNT = alt.Axis(format="d", tickMinStep=1)
DECIDED = alt.Scale(domain=list(dashboard_view.COLOURS), range=list(dashboard_view.COLOURS.values()))
STATES = alt.Scale(domain=list(dashboard_view.STATE_COLOURS), range=list(dashboard_view.STATE_COLOURS.values()))


def chart(spec, description: str, key: str) -> None:
    """A chart a screen reader announces by its Chinese description only: Vega's own descriptions of
    axes, legends and marks are English, so they are turned off (`aria=False`)."""
    st.altair_chart(spec.properties(description=description).configure(aria=False), key=key)


left, mid, right = st.columns(3)
left.metric("案件总数", data["total"])
mid.metric("已作出决定（次）", int(done["件数"].sum()) if len(done) else 0)
right.metric("平均审核用时（小时）", round(float(data["mean_hours"]), 1) if data["mean_hours"] is not None else "—")
st.caption("图例：绿色＝通过，琥珀色＝退回补充，红色＝不通过；蓝色为待审核或审核中，灰色为未提交。")
if data["acknowledged"]:
    st.caption(f"带不符合项通过：{data['passed_with_exceptions']} 件。以下核对未通过项经审核员逐项说明理由后仍予通过：")
    st.dataframe(data["acknowledged"], hide_index=True, key="dash_acknowledged")

st.subheader("各市州、各考试案件状态")
if len(status):
    chart(alt.Chart(status).mark_bar().encode(
        x=alt.X("sum(案件数):Q", title="案件数", axis=COUNT), y=alt.Y("市州:N", title=None),
        color=alt.Color("状态:N", scale=STATES, legend=alt.Legend(title="状态")),
        row=alt.Row("考试:N", title=None, header=alt.Header(labelAngle=0, labelAlign="left")),
        tooltip=["市州", "考试", "状态", "案件数"]).properties(height=60), "各市州、各考试案件状态图", "dash_status")
    export_button(who, status, "各市州各考试案件状态", key="dash_status_export")
else:
    st.info("暂无案件。")
st.subheader("每日审核量（按审核员）")
if len(done):
    chart(alt.Chart(done).mark_bar().encode(
        x=alt.X("日期:O", title="日期", axis=alt.Axis(labelAngle=0)),
        y=alt.Y("sum(件数):Q", title="作出决定（件）", axis=COUNT), xOffset="审核员:N",
        color=alt.Color("决定:N", scale=DECIDED, legend=alt.Legend(title="决定")),
        tooltip=["日期", "审核员", "决定", "件数"]), "每日审核量图", "dash_throughput")
    export_button(who, done, "每日审核量", key="dash_throughput_export")
else:
    st.info("尚未作出审核决定。")
st.subheader("退回与不通过原因")
reasons = data["reasons"].to_pandas()
if len(reasons):
    chart(alt.Chart(reasons).mark_bar().encode(
        x=alt.X("次数:Q", axis=COUNT), y=alt.Y("原因:N", sort="-x", title=None, axis=alt.Axis(labelLimit=520)),
        color=alt.Color("类型:N", scale=DECIDED, legend=alt.Legend(title="决定")),
        tooltip=["类型", "原因", "次数"]), "退回与不通过原因图", "dash_reasons")
    export_button(who, reasons, "退回与不通过原因", key="dash_reasons_export")
else:
    st.info("暂无退回或不通过的案件。")
st.subheader("从提交到作出决定的用时")
durations = data["durations"].to_pandas()
if len(durations):
    chart(alt.Chart(durations).mark_bar().encode(
        x=alt.X("小时:O", title="用时（小时，按整小时）"), y=alt.Y("sum(次数):Q", title="决定次数", axis=COUNT),
        color=alt.Color("决定:N", scale=DECIDED, legend=alt.Legend(title="决定"))), "审核用时分布图", "dash_durations")
else:
    st.info("暂无数据。")
