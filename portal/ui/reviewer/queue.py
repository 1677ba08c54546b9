"""待审队列: the city's queue, oldest first, with filters and flag columns; claim next or one case."""
import pandas as pd
import streamlit as st

from portal.domain import names
from portal.services.cases import queue
from portal.services.views import reference, review
from portal.ui import session
from portal.ui.common import attempt, db

who = session.require("reviewer", "admin")
exams, levels, cities = reference.exam_names(), reference.level_names(), reference.city_names()
st.header("待审队列")
c1, c2, c3, c4, c5 = st.columns(5)
city = c1.selectbox("市州", [None, *who.cities], format_func=lambda c: cities.get(c, "全部"), key="q_city")
exam = c2.selectbox("考试", [None, *exams], format_func=lambda c: exams.get(c, "全部"), key="q_exam")
level = c3.selectbox("级别", [None, *levels], format_func=lambda c: levels.get(c, "全部"), key="q_level")
status = c4.selectbox("状态", [None, "submitted", "resubmitted", "in_review"],
                      format_func=lambda s: names.state(s) if s else "全部", key="q_status")
flag = c5.selectbox("标记", [None, True, False], format_func={None: "全部", True: "有问题标记", False: "无标记"}.get,
                    key="q_flag")
page_no = st.number_input("页码", 1, 10_000, 1, key="q_page")
found = attempt(review.queue_rows, db(), who, city=city, exam=exam, level=level, status=status,
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
rows = found["rows"]
st.caption(f"共 {found['total']} 件，第 {found['page']} 页。按提交先后排序，“标记”为“有问题”的案件自动核对发现了问题。")
if not rows:
    st.info("当前筛选条件下没有待审案件。")
    st.stop()
table = pd.DataFrame([{
    "案件号": r["case_id"], "姓名": r["name"], "市州": cities.get(r["city"], r["city"]),
    "考试": exams.get(r["exam"], r["exam"]), "级别": levels.get(r["level"], r["level"]),
    "状态": names.state(r["state"]), "标记": "有问题" if r["flagged"] else "", "问题": "、".join(r["flags"]),
    "第几次提交": r["submission_no"], "排队时间": r["queued_at"], "领取人": r["holder"],
} for r in rows])
picked = st.dataframe(table, hide_index=True, width="stretch", key="q_table",
                      on_select="rerun", selection_mode="single-row")
chosen = picked.selection.rows if picked else []
if chosen:
    case_id = int(table.iloc[chosen[0]]["案件号"])
    if st.button(f"领取案件 {case_id}", key="q_claim_one") and attempt(queue.claim_case, db(), who, case_id):
        _open(case_id)
