"""已审记录: the reviewer's own decisions, newest first, each linking to the case's trail."""
import pandas as pd
import streamlit as st

from portal.domain import names
from portal.services.views import history, reference
from portal.ui import session
from portal.ui.common import attempt, db

who = session.require("reviewer", "admin")
st.header("已审记录")
found = attempt(history.my_decisions, db(), who)
if not found:
    st.info("您还没有作出过审核决定。")
    st.stop()
table = pd.DataFrame([{"案件号": r["case_id"], "姓名": r["name"], "考试": reference.exam_name(r["exam"]),
                       "级别": reference.level_name(r["level"]), "决定": r["decision"], "时间": r["at"],
                       "理由/补正事项": r["detail"], "案件现状": names.state(r["state"])} for r in found])
picked = st.dataframe(table, hide_index=True, width="stretch", key="hist_table",
                      on_select="rerun", selection_mode="single-row")
st.caption(f"共 {len(found)} 条。选中一行可查看该案件的过程跟踪。")
if picked and picked.selection.rows:
    st.session_state["trail_case"] = int(table.iloc[picked.selection.rows[0]]["案件号"])
    st.switch_page("portal/ui/reviewer/trail.py")
