"""我的核查: status and history; a return shows every item to fix at once; after passing, the
certificate download."""

import pandas as pd
import streamlit as st

from portal.domain import names
from portal.domain.times import beijing
from portal.services.certificates import common as certificates_common
from portal.services.views import candidate as candidate_view
from portal.ui import session
from portal.ui.candidate.common import pick_case
from portal.ui.common import attempt, db
from portal.ui.export import export_button
from portal.ui.text import esc

who = session.require("candidate")
st.header("我的核查")
case_id = pick_case(who)
found = attempt(candidate_view.case_status, db(), who, case_id)
if found is None:
    st.stop()
state = found["state"]
first, left, mid, right = st.columns([1, 2, 1, 1])
first.metric("案件号", found["id"])
left.metric("当前状态", found["state_label"])
mid.metric("提交次数", found["submission_no"])
right.metric("最近提交", beijing(found["submitted_at"], zone=False) if found["submitted_at"] else "—")


@st.fragment(run_every=2)
def progress() -> None:
    """Polls the automatic check while it runs; the page refreshes once it is done."""
    job = candidate_view.analysis_progress(db(), who, case_id)
    if job and job["status"] in ("pending", "running"):
        st.progress(float(job["progress"]), text=f"系统正在自动核对材料：{job['message']}")
    elif st.session_state.pop("analysis_watch", None):
        st.rerun()


job = found.get("analysis")
if state in ("submitted", "resubmitted") and job and job["status"] in ("pending", "running"):
    st.session_state["analysis_watch"] = True
    progress()
if state == "draft":
    st.info("尚未提交。请先完成“自审”，再到“上传材料”页面上传全部材料并提交。")
elif state in ("submitted", "resubmitted", "in_review"):
    st.info("材料已提交，正在等待市人社局审核。审核结果将在此显示。")
elif state == "returned":
    notice = found["notices"][-1]
    st.error(f"您的材料被退回补充，请在 {beijing(notice['deadline'])} 前一次性补正以下全部 "
             f"{len(notice['items'])} 项后重新提交：")
    for n, item in enumerate(notice["items"], 1):
        st.markdown(f"**{n}.** {esc(item)}")
    st.page_link("portal/ui/candidate/upload.py", label="去补充材料并重新提交", icon=":material/upload_file:")
elif state == "failed":
    st.error("核查不通过：考试成绩无效，不予发证。原因：")
    for reason in found["decision"].get("reasons", []):
        st.markdown(f"- {esc(reason)}")
elif state in ("passed", "published", "final", "certified"):
    st.success(f"核查通过（{found['state_label']}）。")
elif state == "revoked":
    st.error("您的资格已被撤销。")

if found["certificates"]:
    st.subheader("我的证书")
for cert in found["certificates"]:
    valid = cert["status"] == "valid"
    st.write(f"{esc(cert['qualification'])} {esc(cert['level_name'] or '')}　证书编号 **{esc(cert['cert_no'])}**　"
             + ("有效" if valid else f"已于 {cert['revoked_at']:%Y-%m-%d} 撤销"))
    if valid:
        st.download_button(f"下载电子证书 {cert['cert_no']}", lambda no=cert["cert_no"]: certificates_common.certificate_pdf(db(), who, no),
                           file_name=f"{cert['cert_no']}.pdf", mime="application/pdf", key=f"cert_{cert['cert_no']}",
                           on_click="ignore")
if found["notices"]:
    st.subheader("退回补充记录")
    notices = pd.DataFrame([{"第几次提交": n["submission_no"], "退回时间": beijing(n["created_at"]),
                             "补正截止": beijing(n["deadline"]), "需补正事项": "；".join(n["items"])} for n in found["notices"]])
    st.dataframe(notices, hide_index=True, width="stretch", key="my_notices")
    export_button(who, notices, "退回补充记录", key="my_notices_export")
st.subheader("已提交的材料")
docs = found["documents"]
if docs:
    submitted = pd.DataFrame([{"材料": names.kind(d["slot"]), "提交时间": d["attached_at"]} for d in docs])
    st.dataframe(submitted, hide_index=True, width="stretch", key="my_docs")
    export_button(who, submitted, "已提交的材料", key="my_docs_export")
else:
    st.caption("暂无。")
