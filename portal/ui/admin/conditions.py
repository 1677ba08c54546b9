"""考试条件: the rule files as the portal applies them, read-only, with sources and effective years."""
import pandas as pd
import streamlit as st

from portal.services.views import conditions
from portal.ui import session
from portal.ui.common import attempt


def _document_lines(documents: list[dict]) -> str:
    """One bullet per cited document: its readable title and 文号, linked where it has an address."""
    return "\n".join(f"- [{d['label']}]({d['url']})" if d["url"] else f"- {d['label']}" for d in documents)


who = session.require("admin")
st.header("考试条件（只读）")
st.caption("条件来自系统内置的报考条件规则，每一项注明来源；“待核实”表示来源不足，审核时请人工确认。"
           "规则的修改由系统维护人员按文件依据进行并留有变更记录，不在此页面修改。")
exams = attempt(conditions.exams, who) or {}
exam = st.selectbox("考试", list(exams), format_func=exams.get, key="cond_exam", placeholder="请选择")
if exam:
    found = conditions.exam_conditions(who, exam)
    st.subheader(found["name"])
    st.write(f"{found['tech_school']}。来源：{found['tech_school_source']}")
    if found["notes"]:
        st.info(found["notes"])
    for n, version in enumerate(found["versions"]):
        with st.expander(f"适用：{version['title']} — {version['basis']}", expanded=n == len(found["versions"]) - 1):
            st.caption(f"来源：{version['source']}")
            st.markdown(_document_lines(version["documents"]))
            for level in version["levels"]:
                st.markdown(f"**{level['label']}**　相关工作：{level['work']}；{level['cutoff']}")
                st.dataframe(pd.DataFrame(level["rows"]), hide_index=True, width="stretch")
    with st.expander("依据文件（官方文件在前；“参考（非官方转载）”仅为查阅线索）"):
        st.markdown(_document_lines(found["documents"]))
