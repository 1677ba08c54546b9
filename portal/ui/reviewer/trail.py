"""过程跟踪: a case's whole path (every audited step, who and when) and where it stands or breaks."""
import pandas as pd
import streamlit as st

from portal.services.views import history, reference
from portal.ui import session
from portal.ui.common import attempt, db
from portal.ui.export import export_button
from portal.ui.text import esc

who = session.require("reviewer", "admin")
st.header("过程跟踪")
default = st.session_state.get("trail_case") or st.session_state.get("workbench_case") or 1
case_id = st.number_input("案件号", min_value=1, value=int(default), step=1, key="trail_case_id")
found = attempt(history.case_trail, db(), who, int(case_id))
if found is None:
    st.stop()
case = found["case"]
st.write(f"案件 {case['id']}：{reference.exam_name(case['exam'])} {reference.level_name(case['level'])}，"
         f"{reference.city_name(case['city'])}，第 {case['submission_no']} 次提交")
st.metric("当前状态", found["state_name"])
if found["stuck"]:
    st.error(f"流程在此中断：{esc(found['stage'])}")
else:
    st.info(f"当前进展：{esc(found['stage'])}")
if found["steps"]:
    steps = pd.DataFrame(found["steps"])
    st.dataframe(steps, hide_index=True, width="stretch", key="trail_table")
    export_button(who, steps, "过程跟踪", key="trail_export", filters={"案件号": case["id"]})
else:
    st.caption("尚无操作记录。")
