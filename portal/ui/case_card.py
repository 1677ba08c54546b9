"""The candidate's list row of a case, in two short rows so it fits a 1366 px screen beside the
sidebar (shared by the workbench and the read-only case view)."""
import pandas as pd
import streamlit as st

from portal.services.views import reference


def show_candidate_row(case: dict, key: str) -> None:
    cand = case["candidate"]
    st.dataframe(pd.DataFrame([{
        "姓名": cand["name"], "性别": cand["gender"], "身份证号": cand["id_number"], "手机号码": cand["phone"],
        "市州": case["city_name"], "第几次提交": case["submission_no"]}]),
        hide_index=True, width="stretch", key=f"{key}_person")
    st.dataframe(pd.DataFrame([{
        "考试": reference.exam_name(case["exam"]), "级别": reference.level_name(case["level"]),
        "年度": case["exam_year"], "成绩": case["scores"], "工作单位": case["employer"]}]),
        hide_index=True, width="stretch", key=f"{key}_exam")
