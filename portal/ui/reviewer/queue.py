"""待审队列: the city's queue, oldest first, with filters and flag columns; claim next or one case."""
import pandas as pd
import streamlit as st

from portal.domain import names
from portal.domain.times import beijing
from portal.services.cases import bulk, queue
from portal.services.views import reference, review
from portal.ui import session
from portal.ui.common import attempt, db
from portal.ui.export import export_button

who = session.require("reviewer", "admin")
exams, levels, cities = reference.exam_names(), reference.level_names(), reference.city_names()
st.header("待审队列")
term = st.text_input("搜索", key="q_term", placeholder="姓名、身份证号（完整 18 位）、手机号码或案件号")
c1, c2, c3, c4, c5 = st.columns(5)
city = c1.selectbox("市州", [None, *who.cities], format_func=lambda c: cities.get(c, "全部"), key="q_city", placeholder="请选择")
exam = c2.selectbox("考试", [None, *exams], format_func=lambda c: exams.get(c, "全部"), key="q_exam", placeholder="请选择")
level = c3.selectbox("级别", [None, *levels], format_func=lambda c: levels.get(c, "全部"), key="q_level", placeholder="请选择")
status = c4.selectbox("状态", [None, "submitted", "resubmitted", "in_review"],
                      format_func=lambda s: names.state(s) if s else "全部", key="q_status")
flag = c5.selectbox("标记", [None, True, False], format_func={None: "全部", True: "有问题标记", False: "无标记"}.get,
                    key="q_flag")
page_no = st.number_input("页码", 1, 10_000, 1, key="q_page")
found = attempt(review.queue_rows, db(), who, term=term, city=city, exam=exam, level=level, status=status,
                flagged=flag, page=int(page_no), size=50)
if found is None:
    st.stop()

def _open(case_id: int) -> None:
    st.session_state["workbench_case"] = case_id
    st.switch_page("portal/ui/reviewer/workbench.py")


next_col, id_col, go_col = st.columns([2, 2, 1], vertical_alignment="bottom")
if next_col.button("领取下一件", key="q_claim_next", type="primary"):
    case = attempt(queue.claim_next, db(), who, city=city)
    if case is None:
        st.info("队列中没有可领取的案件。")
    elif case:
        _open(case["id"])
wanted = id_col.number_input("按案件号领取", min_value=1, step=1, value=None, key="q_case_id")
if go_col.button("领取", key="q_claim_id") and wanted and attempt(queue.claim_case, db(), who, int(wanted)):
    _open(int(wanted))
n_col, batch_col, back_col = st.columns([2, 2, 1], vertical_alignment="bottom")
many = n_col.number_input("批量领取件数（最多 10 件）", 1, bulk.MAX_BATCH, 5, key="q_batch_n")
if batch_col.button("批量领取", key="q_claim_batch"):
    taken = attempt(bulk.claim_next_n, db(), who, int(many), city=city)
    if taken == []:
        st.info("队列中没有可领取的案件。")
    elif taken:
        st.session_state["flash"] = f"已领取 {len(taken)} 件：" + "、".join(str(c["id"]) for c in taken)
        _open(taken[0]["id"])
if back_col.button("全部放回", key="q_release_all", help="放回我当前领取的全部案件"):
    back = attempt(bulk.release_all_mine, db(), who)
    if back is not None:
        attempt(lambda: None, success=f"已放回 {len(back)} 件。" if back else "您当前没有领取的案件。")
rows = found["rows"]
st.caption(f"共 {found['total']} 件，第 {found['page']} 页，时间均为北京时间。按提交先后排序，“标记”为“有问题”的案件自动核对发现了问题。")
if not rows:
    st.info("当前筛选条件下没有待审案件。")
    st.stop()
table = pd.DataFrame([{
    "案件号": r["case_id"], "姓名": r["name"], "市州": cities.get(r["city"], r["city"]),
    "考试/级别": f"{exams.get(r['exam'], r['exam'])} {levels.get(r['level'], r['level'])}",
    "状态": names.state(r["state"]), "问题": "、".join(r["flags"]), "次数": r["submission_no"],
    "排队时间": beijing(r["queued_at"], zone=False), "领取人": r["holder"],
} for r in rows])
# Nine columns of fixed widths (about 890 px with the row marker): the table fits a 1366 px screen
# beside the sidebar without a horizontal scroll; a long cell is shortened, never a cut column.
widths = {"案件号": 60, "姓名": 70, "市州": 70, "考试/级别": 180, "状态": 100, "问题": 130, "次数": 45, "排队时间": 120,
          "领取人": 80}
picked = st.dataframe(table, hide_index=True, width="stretch", key="q_table", on_select="rerun",
                      selection_mode="single-row", column_config={
                          name: st.column_config.Column(width=w, help="第几次提交" if name == "次数" else None)
                          for name, w in widths.items()})
export_button(who, table, "待审队列", key="q_export", filters={
    "搜索": term, "市州": cities.get(city), "考试": exams.get(exam), "级别": levels.get(level),
    "状态": names.state(status) if status else None, "标记": {True: "有问题标记", False: "无标记"}.get(flag),
    "页码": int(page_no)})
chosen = picked.selection.rows if picked else []
if chosen:
    case_id = int(table.iloc[chosen[0]]["案件号"])
    one, view = st.columns(2)
    if one.button(f"领取案件 {case_id}", key="q_claim_one") and attempt(queue.claim_case, db(), who, case_id):
        _open(case_id)
    if view.button(f"只读查看案件 {case_id}（不领取）", key="q_view"):
        st.session_state["view_case"] = case_id
        st.session_state.pop("cv_opened", None)
        st.switch_page("portal/ui/reviewer/case_view.py")
