"""案件查看（只读）: any case of the staff member's cities opened without claiming it — the candidate's
row, the rules' verdict, each document with what was read from it, and the trail. Each opening is
recorded as a read of personal data; a case waiting in the queue can be claimed from here."""
import pandas as pd
import streamlit as st

from portal.domain import names
from portal.services.cases import queue
from portal.services.views import read_only, review
from portal.ui import session
from portal.ui.case_card import show_candidate_row
from portal.ui.common import attempt, db
from portal.ui.documents import show_document, show_findings
from portal.ui.export import export_button

who = session.require("reviewer", "admin")
st.header("案件查看（只读）")
default = st.session_state.get("view_case")
case_id = st.number_input("案件号", min_value=1, value=default, step=1, key="cv_case_id",
                          placeholder="输入案件号，或从“全部案件”“待审队列”选择")
if not case_id:
    st.info("请输入案件号，或在“全部案件”“待审队列”中选中一行后点“只读查看”。")
    st.stop()
opened = st.session_state.get("cv_opened")
if opened and opened[0] == int(case_id):  # one audited read per opening, not one per rerun
    found = opened[1]
else:
    found = attempt(read_only.open_read_only, db(), who, int(case_id))
    if found is None:
        st.stop()
    st.session_state["cv_opened"] = (int(case_id), found)
case = found["case"]
st.caption(f"只读查看，不领取、不改变案件。当前状态：{names.state(case['state'])}。本次查看已记入审计日志。")
show_candidate_row(case, "cv_row")
claim = found["claimable"] and st.button("领取此案件并审核", key="cv_claim", type="primary")
if claim and attempt(queue.claim_case, db(), who, int(case_id)):
    st.session_state["workbench_case"] = int(case_id)
    st.switch_page("portal/ui/reviewer/workbench.py")
if found["mine"]:
    st.page_link("portal/ui/reviewer/workbench.py", label="您已领取此案件：去审核工作台", icon=":material/rate_review:")
verdict = found["verdict"] or {}
if verdict.get("eligible"):
    st.success(f"规则结论：符合报考条件（要求 {verdict['required_years']} 年，计得 {verdict['counted_years']} 年）")
elif verdict:
    st.error("规则结论：不符合报考条件：" + "；".join(review.rule_reasons(found)))
show_findings(found["general"])
docs = found["documents"]
for tab, doc in zip(st.tabs([names.kind(d["slot"]) for d in docs]) if docs else [], docs):
    with tab:
        show_document(doc, doc["slot"], who, key=f"cv_{doc['upload_id']}")
st.subheader("过程跟踪")
trail = found["trail"]
(st.error if trail["stuck"] else st.info)(f"当前进展：{trail['stage']}")
if trail["steps"]:
    steps = pd.DataFrame(trail["steps"])
    st.dataframe(steps, hide_index=True, width="stretch", key="cv_trail")
    export_button(who, steps, "过程跟踪", key="cv_trail_export", filters={"案件号": int(case_id)})
