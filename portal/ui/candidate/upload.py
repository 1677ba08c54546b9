"""上传材料: one slot per required document; after each upload the preview and the fields read,
with problems highlighted; replace a file; submit when every slot is filled and inside the window."""
import streamlit as st

from portal.domain import names
from portal.services.cases import submission
from portal.services.documents import attaching
from portal.services.views import candidate as candidate_view
from portal.services.views import documents as documents_view
from portal.ui import session
from portal.ui.candidate.common import pick_case
from portal.ui.chinese import file_uploader
from portal.ui.common import attempt, db
from portal.ui.documents import show_document, show_findings
from portal.ui.text import esc

who = session.require("candidate")
st.header("上传材料")
case_id = pick_case(who)
found = attempt(documents_view.draft_review, db(), who, case_id)
if found is None:
    st.stop()
case, editable = found["case"], found["case"]["state"] in ("draft", "returned")
if found["verdict"] is None:
    st.warning("请先完成“自审”，系统才能确定您需要提交哪些材料。")
    st.page_link("portal/ui/candidate/self_check.py", label="去自审", icon=":material/fact_check:")
    st.stop()
if not editable:
    st.info(f"案件当前为“{names.state(case['state'])}”，材料不能修改。")
if case["state"] == "returned" and found["return_items"]:
    st.error("退回补充事项：" + "；".join(esc(i) for i in found["return_items"]))
limit, types_shown = documents_view.upload_limit_mb(), documents_view.upload_types_shown()
st.caption(f"支持 {types_shown}。上传限制：" + "；".join(documents_view.upload_limits_shown())
           + "。上传后系统在后台识别内容，请稍候核对识别结果。")
if found["reading"]:
    st.session_state["reading_polls"] = 0  # reset by each full run; the timer reruns only the fragment

    @st.fragment(run_every=2)
    def _reading():
        progress = documents_view.reading_progress(db(), who, case_id)
        st.session_state["reading_polls"] += 1
        if st.session_state["reading_polls"] > 1 and not any(p["state"] in ("queued", "running") for p in progress):
            st.rerun()  # everything read: the whole page again, with the fields
        done = sum(p["state"] in ("done", "failed") for p in progress)
        st.progress(done / max(len(progress), 1), text="材料识别进度：" + "；".join(
            f"{p['file']}：{p['label']}" for p in progress))
    _reading()
for n, slot in enumerate(found["slots"], 1):
    kind, doc = slot["kind"], slot["document"]
    with st.container(border=True):
        st.subheader(f"{n}. {names.kind(kind)}" + ("（已上传）" if doc else "（未上传）"))
        st.caption(names.where_to_obtain(kind))
        if kind == "application_form":
            st.download_button("下载报名表模板（PDF）", lambda: candidate_view.application_form(db(), who, case_id),
                               file_name="资格考试报名表.pdf", mime="application/pdf", key="up_form_template",
                               on_click="ignore", icon=":material/download:")
        if doc:
            show_document(doc | {"findings": slot["findings"]}, kind, who, key=f"doc_{kind}", candidate=True)
        if editable:
            counter = st.session_state.setdefault(f"up_n_{kind}", 0)
            # the widget's limit and types are the upload service's (the web server's too: portal.serve)
            upload = file_uploader("替换文件" if doc else "选择文件", key=f"up_{kind}_{counter}",
                                   types=documents_view.upload_types(), types_shown=types_shown, limit_mb=limit)
            if upload is not None:
                with st.spinner("正在保存文件……"):
                    done = attempt(attaching.attach_upload, db(), who, case_id, slot=kind,
                                   filename=upload.name, data=upload.getvalue())
                if done:
                    st.session_state[f"up_n_{kind}"] = counter + 1
                    st.session_state["flash"] = f"已上传：{upload.name}"
                    st.rerun()
if found["general"]:
    st.subheader("其他提示")
    show_findings(found["general"])

st.divider()
if not found["slots"]:
    # Nothing to upload means nothing that could be submitted: say why instead of offering a button.
    st.warning("按您的自审结果，不符合报考条件，没有可提交的材料，不能提交核查。如自审填写有误，请先修改自审。")
    st.page_link("portal/ui/candidate/self_check.py", label="去修改自审", icon=":material/fact_check:")
    st.stop()
missing = found["missing"]
action = "resubmit" if case["state"] == "returned" else "submit"
if missing:
    st.warning("还缺少：" + "、".join(names.kind(k) for k in missing) + "。全部上传后才能提交。")
if case["state"] == "draft" and found["window"] != "open":
    st.warning({"none": "本年度核查尚未安排，暂不能提交。", "not_open": "核查材料提交尚未开始。",
                "closed": "核查材料提交已截止。"}[found["window"]])
allowed = editable and not missing and (action == "resubmit" or found["window"] == "open")
label = "重新提交" if action == "resubmit" else "确认无误，提交"
if st.button(label, type="primary", disabled=not allowed, key="upload_submit"):
    fn = submission.resubmit_case if action == "resubmit" else submission.submit_case
    if attempt(fn, db(), who, case_id):
        st.session_state["flash"] = "已提交，系统正在自动核对材料，请在“我的核查”查看进度。"
        st.switch_page("portal/ui/candidate/my_case.py")
