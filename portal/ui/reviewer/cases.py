"""全部案件: every case of the staff member's cities in any state, searched by name, exact ID or phone
number or case number, and filtered by exam, level, state, city and submission dates; a chosen case
opens read-only."""
import pandas as pd
import streamlit as st

from portal.domain import names
from portal.services.views import excel, reference, search
from portal.ui import session
from portal.ui.common import attempt, db
from portal.ui.export import export_button

who = session.require("reviewer", "admin")
exams, levels, cities = reference.exam_names(), reference.level_names(), reference.city_names()
st.header("全部案件")
term = st.text_input("搜索", key="ac_term", placeholder="姓名、身份证号（完整 18 位）、手机号码或案件号")
c1, c2, c3, c4 = st.columns(4)
city = c1.selectbox("市州", who.cities, index=None, format_func=lambda c: cities.get(c, c), key="ac_city",
                    placeholder="全部市州")
exam = c2.selectbox("考试", list(exams), index=None, format_func=exams.get, key="ac_exam", placeholder="全部考试")
level = c3.selectbox("级别", list(levels), index=None, format_func=levels.get, key="ac_level", placeholder="全部级别")
state = c4.selectbox("状态", list(names.choices("state")), index=None, format_func=names.state, key="ac_state",
                     placeholder="全部状态")
d1, d2, d3 = st.columns([2, 2, 1])
since = d1.date_input("提交日期自", value=None, key="ac_since", format="YYYY/MM/DD")
until = d2.date_input("提交日期至", value=None, key="ac_until", format="YYYY/MM/DD")
page_no = d3.number_input("页码", 1, 100_000, 1, key="ac_page")
found = attempt(search.find_cases, db(), who, term=term, city=city, exam=exam, level=level, state=state,
                since=since, until=until, page=int(page_no), size=50)
if found is None:
    st.stop()
st.caption(f"共 {found['total']} 件，第 {found['page']} 页。身份证号、手机号码按完整号码精确查找，显示时已脱敏。")
if not found["rows"]:
    st.info("没有符合条件的案件。")
    st.stop()
table = pd.DataFrame([{
    "案件号": r["case_id"], "姓名": r["name"], "身份证号": r["id_number"], "手机号码": r["phone"],
    "市州": cities.get(r["city"], r["city"]), "考试": exams.get(r["exam"], r["exam"]),
    "级别": levels.get(r["level"], r["level"]), "年度": r["exam_year"], "状态": names.state(r["state"]),
    "提交时间": r["submitted_at"]} for r in found["rows"]])
picked = st.dataframe(table, hide_index=True, width="stretch", key="ac_table", on_select="rerun",
                      selection_mode="single-row")
filters = {"term": term, "city": city, "exam": exam, "level": level, "state": state, "since": since, "until": until}
one, every = st.columns(2)
with one:
    export_button(who, table, "全部案件", key="ac_export", filters={
        "搜索": term, "市州": cities.get(city), "考试": exams.get(exam), "级别": levels.get(level),
        "状态": names.state(state) if state else None, "提交日期自": since, "提交日期至": until, "页码": int(page_no)})
if every.button(f"导出全部 {found['total']} 件（Excel）", key="ac_export_all"):
    bar = st.progress(0.0, text="正在导出……")
    words = {"city": cities, "exam": exams, "level": levels, "state": names.choices("state")}
    data = attempt(search.export_cases, db(), who, names=words, **filters, progress=lambda n: bar.progress(
        min(1.0, n / max(found["total"], 1)), text=f"已写出 {n} / {found['total']} 件"))
    bar.progress(1.0, text="导出完成")
    st.session_state["ac_export_data"] = (repr(filters), data)
ready = st.session_state.get("ac_export_data")
if ready and ready[0] == repr(filters) and ready[1]:
    every.download_button("下载全部结果", ready[1], file_name="全部案件.xlsx",
                          mime=excel.XLSX_MIME, key="ac_export_all_download")
if picked and picked.selection.rows:
    case_id = int(table.iloc[picked.selection.rows[0]]["案件号"])
    if st.button(f"只读查看案件 {case_id}", key="ac_view", type="primary"):
        st.session_state["view_case"] = case_id
        st.session_state.pop("cv_opened", None)
        st.switch_page("portal/ui/reviewer/case_view.py")
