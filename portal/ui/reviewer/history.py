"""已审记录: the reviewer's own decisions, newest first, one page at a time, each linking to the
case's trail."""
import pandas as pd
import streamlit as st

from portal.domain import names
from portal.domain.times import beijing
from portal.services.views import history, reference
from portal.ui import session
from portal.ui.common import attempt, db
from portal.ui.export import export_button

who = session.require("reviewer", "admin")
st.header("已审记录")
page_no = st.number_input("页码", 1, 100_000, 1, key="hist_page")
found = attempt(history.my_decisions, db(), who, page=int(page_no), size=50)
if not found or not found["rows"]:
    st.info("您还没有作出过审核决定。" if not found or not found["total"] else "本页没有记录。")
    st.stop()
table = pd.DataFrame([{"案件号": r["case_id"], "姓名": r["name"], "考试": reference.exam_name(r["exam"]),
                       "级别": reference.level_name(r["level"]), "决定": r["decision"], "时间": beijing(r["at"], zone=False),
                       "理由/补正事项": r["detail"], "案件现状": names.state(r["state"])} for r in found["rows"]])
picked = st.dataframe(table, hide_index=True, width="stretch", key="hist_table",
                      on_select="rerun", selection_mode="single-row")
pages = -(-found["total"] // found["size"])
export_button(who, table, "已审记录", key="hist_export", filters={"审核员": who.display_name, "页码": int(page_no)})
st.caption(f"共 {found['total']} 条，第 {found['page']} / {pages} 页（每页 50 条，北京时间）。选中一行可查看该案件的过程跟踪。")
if picked and picked.selection.rows:
    st.session_state["trail_case"] = int(table.iloc[picked.selection.rows[0]]["案件号"])
    st.switch_page("portal/ui/reviewer/trail.py")
