"""审核工作台: a leased case's documents (zoomable) beside the fields read from them, the candidate's
list row, the rules' verdict with reasons and evidence; decide pass / fail / return, or release."""
import pandas as pd
import streamlit as st

from portal.domain import names
from portal.domain.times import beijing
from portal.services.cases import decisions, exceptions, queue
from portal.services.views import documents as documents_view
from portal.services.views import review
from portal.ui import session
from portal.ui.case_card import show_candidate_row
from portal.ui.common import attempt, db
from portal.ui.documents import show_document, show_findings
from portal.ui.text import esc

who = session.require("reviewer", "admin")
st.header("审核工作台")
held = {r["case_id"]: r for r in review.my_leases(db(), who)}
leases = {c: f"{c}：{r['name']}（领取至 {beijing(r['lease_until'])}，超时自动放回队列）" for c, r in held.items()}
if not leases:
    st.info("您当前没有正在审核的案件，请先在“待审队列”领取。")
    st.page_link("portal/ui/reviewer/queue.py", label="去待审队列", icon=":material/inbox:")
    st.stop()
wanted = st.session_state.get("workbench_case")
ids = list(leases)
case_id = st.selectbox("正在审核的案件", ids, index=ids.index(wanted) if wanted in ids else 0,
                       format_func=leases.get, key="wb_pick")
found = attempt(documents_view.submitted_review, db(), who, case_id)
if found is None:
    st.stop()
case = found["case"]
show_candidate_row(case, "wb_row")
job = case["analysis"]
if job and job["status"] in ("pending", "running"):
    st.progress(float(job["progress"]), text=f"自动核对进行中：{job['message']}")
    st.button("刷新", key="wb_refresh")
if case["notices"]:
    st.caption("此前的退回事项：" + " ｜ ".join("；".join(esc(i) for i in n["items"]) for n in case["notices"]))
declared, verdict = case["declared"], found["verdict"] or {}
left, right = st.columns(2)
with left:
    st.subheader("考生自审申报")
    shown = [(names.name("declared", k), names.value(k, v)) for k, v in declared.items()]
    st.dataframe(pd.DataFrame(shown, columns=["项目", "申报"]), hide_index=True, key="wb_declared")
with right:
    st.subheader("规则结论")
    if verdict.get("eligible"):
        st.success("符合报考条件" + review.rule_years(verdict))
    else:
        st.error("不符合报考条件" + review.rule_years(verdict) + "：" + "；".join(esc(r) for r in review.rule_reasons(found)))
    st.caption("应提交材料：" + "、".join(names.kind(k) for k in verdict.get("required_kinds", [])))
show_findings(found["general"])
docs = found["documents"]
for tab, doc in zip(st.tabs([names.kind(d["slot"]) for d in docs]) if docs else [], docs):
    with tab:
        show_document(doc, doc["slot"], who, key=f"wb_{doc['upload_id']}", zoom=True)

st.subheader("审核决定")
choice = st.radio("决定", ["pass", "return", "fail"], horizontal=True, key="wb_choice",
                  format_func=lambda c: names.action(c) + ("（一次性告知）" if c == "return" else ""))
if choice == "return":
    suggested = review.return_suggestions(found)
    ticked = [] if not suggested else st.multiselect("需补正事项（勾选）", suggested, default=suggested, key="wb_items",
                            placeholder="请选择需补正事项（可多选）")
    extra = st.text_area("其他需补正事项（每行一项）", key="wb_items_extra")
    items = ticked + [line for line in extra.splitlines() if line.strip()]
    st.caption(f"将一次性告知考生以下 {len(items)} 项；同一次提交不能再次退回。")
elif choice == "fail":
    offered = review.fail_suggestions(found)
    reasons = [] if not offered else st.multiselect("不通过理由（考生可见）", offered, key="wb_reasons",
                             placeholder="请选择理由（可多选），或在下方填写")
    extra = st.text_area("其他理由（每行一项）", key="wb_reasons_extra")
    items = reasons + [line for line in extra.splitlines() if line.strip()]
    not_eligible = st.checkbox("因不符合报考条件（今后同一考试不再受理）", False, key="wb_not_eligible")
    bar_reason = st.text_input("不再受理的理由（勾选时必填）", key="wb_bar_reason", disabled=not not_eligible)
else:
    note = st.text_input("备注（可不填）", key="wb_note")
    open_items = attempt(exceptions.open_exceptions, db(), who, case_id) or []
    if open_items:
        st.warning(f"本案件有 {len(open_items)} 项核对未通过。如仍决定通过，请逐项写明核实情况和理由。")
    acks = {f["key"]: st.text_input(f"{f['message']}" + (f"（{f['file']}）" if f["file"] else ""),
                                    key=f"wb_ack_{n}", placeholder="如：已电话核实单位公章为电子章")
            for n, f in enumerate(open_items)}
go, release = st.columns(2)
if go.button("提交决定", type="primary", key="wb_decide"):
    if choice == "pass":
        done = attempt(decisions.pass_case, db(), who, case_id, note=note, acknowledgements=acks)
    elif choice == "return":
        done = attempt(decisions.return_case, db(), who, case_id, items=items)
    else:
        done = attempt(decisions.fail_case, db(), who, case_id, reasons=items, not_eligible=not_eligible,
                       not_eligible_reason=bar_reason)
    if done:
        st.session_state["flash"] = f"案件 {case_id}：{names.state(done['state'])}。"
        st.session_state.pop("workbench_case", None)
        st.switch_page("portal/ui/reviewer/queue.py")
if release.button("放回队列（不作决定）", key="wb_release") and attempt(lambda: queue.release_case(db(), who, case_id) or True):
    st.session_state["flash"] = f"案件 {case_id} 已放回队列。"
    st.session_state.pop("workbench_case", None)
    st.switch_page("portal/ui/reviewer/queue.py")
