"""公示管理: build a pass list from passed cases, review, publish (≥ 5 working days), record
objections, finalise after the notice period; export public and internal versions."""
import datetime as dt

import pandas as pd
import streamlit as st

from portal.domain import notice
from portal.domain.masking import mask_id, mask_phone
from portal.services.publication import calendar as publication_calendar
from portal.services.publication import exports, objections
from portal.services.publication import lists as publication_lists
from portal.services.views import reference
from portal.ui import session
from portal.ui.common import attempt, db
from portal.ui.export import export_button

who = session.require("admin")
exams, levels, cities = reference.exam_names(), reference.level_names(), reference.city_names()
st.header("公示管理")
with st.expander("生成公示名单（从核查通过的案件）", expanded=False), st.form("pub_build"):
    exam = st.selectbox("考试", list(exams), format_func=exams.get, key="pub_exam", placeholder="请选择")
    year = st.number_input("考试年度", 2000, 2100, dt.date.today().year - 1, key="pub_year")
    level = st.selectbox("级别（可不选）", [None, *levels], format_func=lambda c: levels.get(c, "全部级别"), key="pub_level", placeholder="请选择")
    mine = [c for c in cities if c in who.cities]
    city = st.selectbox("市州（可不选=全省）", [None, *mine], format_func=lambda c: cities.get(c, "全省"), key="pub_city", placeholder="请选择")
    if st.form_submit_button("生成名单", type="primary"):
        built = attempt(publication_lists.build_pass_list, db(), who, exam=exam, exam_year=int(year), level=level,
                        city=city)
        if built:
            st.session_state["pub_pick"] = built["id"]  # the new list is the one worked on next
            st.session_state["flash"] = f"名单已生成：{built['title']}，请复核后发布。"
            st.rerun()

lists = attempt(publication_lists.list_pass_lists, db(), who) or []
if not lists:
    st.info("还没有公示名单。")
    st.stop()
overview = pd.DataFrame([{"编号": r["id"], "名单": r["title"], "状态": publication_lists.status_name(r["status"]),
                          "人数": r["listed"], "公示开始": notice.period(r["notice_start"], r["notice_end"])[0],
                          "公示结束": notice.period(r["notice_start"], r["notice_end"])[1]}
                         for r in lists])
st.dataframe(overview, hide_index=True, width="stretch", key="pub_lists")
export_button(who, overview, "公示名单一览", key="pub_lists_export")
titles = {r["id"]: f"{r['id']}：{r['title']}" for r in lists}
list_id = st.selectbox("操作名单", list(titles), format_func=titles.get, key="pub_pick", placeholder="请选择")
row = next(r for r in lists if r["id"] == list_id)
status = row["status"]
today = publication_calendar.now().date()  # Beijing date
st.write(f"当前状态：**{publication_lists.status_name(status)}**")
if status == "draft" and st.button("复核无误", key="pub_review"):
    attempt(publication_lists.review_pass_list, db(), who, list_id, success="已复核。")
if status == "reviewed":
    start = st.date_input("公示开始日期（不早于今天）", today, min_value=today, key="pub_start", format="YYYY/MM/DD")
    days = st.number_input("公示期（工作日，至少 5 个）", 5, 30, 5, key="pub_days")
    publisher = st.text_input("发布单位", key="pub_publisher", placeholder="如：长沙市人力资源和社会保障局")
    unit = st.text_input("异议受理单位（科室）", key="pub_obj_unit", placeholder="如：长沙市人社局专业技术人员管理处")
    phone = st.text_input("异议受理电话", key="pub_obj_phone", placeholder="如：0731-88888888")
    if st.button("发布公示", key="pub_publish", type="primary"):
        attempt(publication_lists.publish_pass_list, db(), who, list_id, start=start, days=int(days),
                publisher=publisher, objection_unit=unit, objection_phone=phone, success="已发布公示。")
if status == "published":
    st.caption(f"公示期 {row['notice_start']} 至 {row['notice_end']}；发布单位：{row['publisher']}；"
               f"异议受理：{row['objection_unit']}，电话 {row['objection_phone']}。期满次日起才能确认名单。")
if status == "published" and st.button("公示期满，确认名单", key="pub_finalise"):
    attempt(publication_lists.finalise_pass_list, db(), who, list_id, success="名单已确认，可办理发证。")

entries = attempt(exports.pass_list_entries, db(), who, list_id) or []
entry_table = pd.DataFrame([{"案件号": e["case_id"], "姓名": e["name"], "身份证号": mask_id(e["id_number"]),
                            "手机号码": mask_phone(e["phone"]), "考试": exams.get(e["exam"]),
                            "级别": levels.get(e["level"]), "市州": cities.get(e["city"]),
                            "状态": notice.entry_label(e["status"], status, row["notice_start"], row["notice_end"], today),
                            "变更记录": e["note"] or ""} for e in entries])
st.dataframe(entry_table, hide_index=True, width="stretch", key="pub_entries")
export_button(who, entry_table, f"公示名单{list_id}", key="pub_entries_export", filters={"名单": row["title"]})
if status == "published":
    listed = {e["case_id"]: f"{e['case_id']}：{e['name']}" for e in entries if e["status"] == "listed"}
    with st.form("pub_objection", clear_on_submit=True):
        st.caption("登记异议：该考生撤出名单并退回所在市州重新审核。")
        case_id = st.selectbox("被异议人员", list(listed), format_func=listed.get, key="pub_obj_case", placeholder="请选择")
        raised_by = st.text_input("异议人（姓名和联系方式）", key="pub_obj_by")
        reason = st.text_area("异议内容", key="pub_obj_reason")
        if st.form_submit_button("登记异议"):
            attempt(objections.record_objection, db(), who, list_id, case_id, raised_by=raised_by,
                    reason=reason, success="异议已登记，该考生已撤出名单并退回审核。")
cols = st.columns(4)
for col, (fmt, public) in zip(cols, [("xlsx", True), ("pdf", True), ("xlsx", False), ("pdf", False)]):
    # generated only when clicked (a callable), so large lists do not slow every rerun
    def make(fmt=fmt, public=public):
        return exports.export_pass_list(db(), who, list_id, fmt=fmt, public=public)

    label = ("公开版 " if public else "内部版（含完整证件号）") + fmt.upper()
    col.download_button(label, make, file_name=f"公示名单{list_id}{'' if public else '-内部'}.{fmt}",
                        key=f"pub_dl_{fmt}_{public}", on_click="ignore")
