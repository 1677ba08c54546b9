"""自审: the candidate states education and work history for the exam, level and year named at the
top; only the fields of the chosen education type are asked; the verdict lists every unmet
condition and the exact documents this case needs, with where to obtain each."""
import datetime as dt

import streamlit as st

from portal.domain import names
from portal.services.cases import submission
from portal.services.views import candidate as candidate_view
from portal.services.views import reference
from portal.ui import session
from portal.ui.candidate.common import pick_case, show_verdict
from portal.ui.common import attempt, db

who = session.require("candidate")
st.header("个人自审")
case_id = pick_case(who)
case = candidate_view.my_case(db(), who, case_id)
level = "" if case["level"] == "single" else f" {reference.level_name(case['level'])}"
st.info(f"正在自审：**{case['exam_year']}年度 {reference.exam_name(case['exam'])}{level}**"
        "（按该考试、该级别、该年度的报考条件核对）")
old = candidate_view.declared(case)
editable = case["state"] in ("draft", "returned")
if not editable:
    st.info(f"案件当前为“{names.state(case['state'])}”，自审内容不能再修改。")
st.download_button("下载报名表模板（PDF）", lambda: candidate_view.application_form(db(), who, case_id),
                   file_name="资格考试报名表.pdf", mime="application/pdf", key="sc_form_template",
                   on_click="ignore", icon=":material/download:")


def day(name):
    return dt.date.fromisoformat(old[name]) if old.get(name) else None


LOW, HIGH = dt.date(1950, 1, 1), dt.date.today()


def choose(column, label: str, options: dict, key: str, current: str):
    """A select box over code → Chinese name, starting at the code saved before."""
    codes = list(options)
    return column.selectbox(label, codes, format_func=options.get, key=key, index=codes.index(current))


def date(column, label: str, name: str, key: str):
    return column.date_input(label, day(name), LOW, HIGH, key=key, format="YYYY/MM/DD")


# Outside the form so that choosing the type shows only that type's fields at once.
kind = st.radio("学历类型", ["general", "tech"], horizontal=True, key="sc_kind", index=1 if old.get("tech_class") else 0,
                format_func={"general": "普通学历（中专、大专及以上）", "tech": "技工院校"}.get)
with st.form("self_check_form"):
    st.caption("请对照报名条件如实填写（带 * 的为必填项）；所填内容将与上传的材料逐项核对。")
    c1, c2 = st.columns(2)
    if kind == "general":
        education = choose(c1, "最高学历 *", names.choices("education"), "sc_edu", old.get("education", "bachelor"))
        origin = choose(c2, "学历来源", names.choices("origin"), "sc_origin", old.get("education_origin", "hunan"))
        chsi = c2.checkbox("学历已在学信网注册（2002 年后的大专及以上）", old.get("chsi_registered", True), key="sc_chsi")
        tech_class = None
    else:
        tech_class = choose(c1, "技工院校班级 *", names.choices("tech_class"), "sc_tech",
                            old.get("tech_class", "senior_worker"))
        education, origin, chsi = None, None, None
    graduation = date(c1, "毕业日期 *", "graduation_date", "sc_grad")
    full_time = c1.checkbox("全日制学历", old.get("full_time", True), key="sc_full_time")
    tier = choose(c1, "所学专业与报考专业的关系", names.choices("major_tier"), "sc_tier", old.get("major_tier", "related"))
    route = choose(c2, "报考类型", names.choices("route"), "sc_route", old.get("route", "full"))
    work = date(c1, "参加相关专业工作时间", "work_start", "sc_work")
    total = date(c2, "参加工作时间（与上一项不同时填写）", "total_work_start", "sc_total")
    holds = c1.multiselect("已取得的资格（报考高级等需要时填写）", names.codes("holds"), old.get("holds", []),
                           format_func=lambda c: names.name("holds", c), key="sc_holds",
                           placeholder="请选择（可多选，可不选）")
    holds_since = date(c2, "取得上述资格的时间", "holds_since", "sc_holds_since")
    saved = st.form_submit_button("保存并自审", type="primary", disabled=not editable)
if saved:
    answers = {"graduation_date": graduation, "work_start": work, "total_work_start": total,
               "full_time": full_time, "chsi_registered": chsi, "education_origin": origin,
               "major_tier": tier, "route": route, "holds": holds, "holds_since": holds_since,
               "education": education, "tech_class": tech_class}
    attempt(submission.save_self_check, db(), who, case_id, answers, success="自审内容已保存。")
found = attempt(candidate_view.verdict, db(), who, case_id)
if found:
    show_verdict(found)
