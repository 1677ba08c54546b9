"""Pieces shared by the candidate pages: choosing one's case, showing the verdict in plain Chinese."""
import streamlit as st

from portal.domain import names
from portal.services.views import candidate as candidate_view
from portal.ui.common import db
from portal.ui.text import esc


def pick_case(who) -> int:
    """The candidate's case (a selector when there are several); stops the page when none."""
    choices = candidate_view.case_choices(db(), who)
    if not choices:
        st.info("名单中没有您的核查案件。如有疑问，请联系所在市州人社局。")
        st.stop()
    if len(choices) == 1:
        return next(iter(choices))
    return st.selectbox("核查案件", list(choices), format_func=choices.get, key="candidate_case", placeholder="请选择")


def show_verdict(found: dict) -> None:
    """Eligible or not, every unmet condition, and the documents required with where to get each."""
    st.subheader("自审结果")
    years = ""
    refused = any(r.get("code") == "education_not_accepted" for r in found["reasons"])
    if found["required_years"] and not refused:  # a refused tier's years belong to another tier
        years = f"（要求相关工作 {found['required_years']} 年，按您填写的时间计算为 {found['counted_years']} 年）"
    if found["eligible"]:
        st.success("按您填写的情况，符合报考条件" + years + "。请按下列清单准备材料。")
    else:
        st.error("按您填写的情况，不符合报考条件" + years + "：")
        for reason in found["reasons"]:
            st.markdown(f"- {esc(reason['message'])}")
        st.caption("如填写有误请修改后重新自审；确不符合条件的，考试成绩无效，不予发证。")
    st.subheader("需要提交的材料")
    for n, kind in enumerate(found["required_kinds"], 1):
        st.markdown(f"**{n}. {names.kind(kind)}**  \n{names.where_to_obtain(kind)}")
