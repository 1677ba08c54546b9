"""自审: the candidate states education and work history; the page shows the verdict with every
unmet condition and the exact documents this case needs, with where to obtain each."""
import datetime as dt

import streamlit as st

from portal.domain import names
from portal.services.cases import submission
from portal.services.views import candidate as candidate_view
from portal.ui import session
from portal.ui.candidate.common import pick_case, show_verdict
from portal.ui.common import attempt, db

who = session.require("candidate")
st.header("个人自审")
case_id = pick_case(who)
case = candidate_view.my_case(db(), who, case_id)
old = candidate_view.declared(case)
editable = case["state"] in ("draft", "returned")
if not editable:
    st.info(f"案件当前为“{names.state(case['state'])}”，自审内容不能再修改。")


def day(name):
    return dt.date.fromisoformat(old[name]) if old.get(name) else None


LOW, HIGH = dt.date(1950, 1, 1), dt.date.today()


def choose(column, label: str, options: dict, key: str, current: str):
    """A select box over code → Chinese name, starting at the code saved before."""
    codes = list(options)
    return column.selectbox(label, codes, format_func=options.get, key=key, index=codes.index(current))

with st.form("self_check_form"):
    st.caption("请对照报名条件如实填写；所填内容将与上传的材料逐项核对。")
    kind = st.radio("学历类型", ["general", "tech"], horizontal=True, key="sc_kind",
                    index=1 if old.get("tech_class") else 0,
                    format_func={"general": "普通学历（中专、大专及以上）", "tech": "技工院校"}.get)
    c1, c2 = st.columns(2)
    education = choose(c1, "最高学历（普通学历）", names.choices("education"), "sc_edu", old.get("education", "bachelor"))
    tech_class = choose(c2, "技工院校班级", names.choices("tech_class"), "sc_tech", old.get("tech_class", "senior_worker"))
    graduation = c1.date_input("毕业日期", day("graduation_date"), LOW, HIGH, key="sc_grad")
    origin = choose(c2, "学历来源", names.choices("origin"), "sc_origin", old.get("education_origin", "hunan"))
    full_time = c1.checkbox("全日制学历", old.get("full_time", True), key="sc_full_time")
    chsi = c2.checkbox("学历已在学信网注册（2002 年后的大专及以上）", old.get("chsi_registered", True), key="sc_chsi")
    tier = choose(c1, "所学专业与报考专业的关系", names.choices("major_tier"), "sc_tier", old.get("major_tier", "related"))
    route = choose(c2, "报考类型", names.choices("route"), "sc_route", old.get("route", "full"))
    work = c1.date_input("参加相关专业工作时间", day("work_start"), LOW, HIGH, key="sc_work")
    total = c2.date_input("参加工作时间（与上一项不同时填写）", day("total_work_start"), LOW, HIGH, key="sc_total")
    holds = c1.multiselect("已取得的资格（报考高级等需要时填写）", names.codes("holds"), old.get("holds", []),
                           format_func=lambda c: names.name("holds", c), key="sc_holds")
    holds_since = c2.date_input("取得上述资格的时间", day("holds_since"), LOW, HIGH, key="sc_holds_since")
    saved = st.form_submit_button("保存并自审", type="primary", disabled=not editable)
if saved:
    answers = {"graduation_date": graduation, "work_start": work, "total_work_start": total,
               "full_time": full_time, "chsi_registered": chsi, "education_origin": origin,
               "major_tier": tier, "route": route, "holds": holds, "holds_since": holds_since,
               "education": education if kind == "general" else None,
               "tech_class": tech_class if kind == "tech" else None}
    attempt(submission.save_self_check, db(), who, case_id, answers, success="自审内容已保存。")
found = attempt(candidate_view.verdict, db(), who, case_id)
if found:
    show_verdict(found)
