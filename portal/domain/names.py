"""The one code → Chinese name source: `name(category, code)`. The portal's own codes are here
(case states, actions — which are also the review operations and decisions — roles, pass-list and
import statuses, window states, severities, the self-check answers and their fields, list columns);
document kinds and fields come from `checks.names` (their templates), exams and levels from
`rules.aliases`, cities from the unit tree. An unknown code is returned as given."""
from __future__ import annotations

from portal.domain import units

_PORTAL = {
    "state": {
        "draft": "草稿（未提交）", "submitted": "已提交，待审核", "in_review": "审核中",
        "returned": "已退回，待补充", "resubmitted": "已重新提交，待审核", "passed": "核查通过",
        "failed": "核查不通过", "published": "公示中", "final": "公示结束", "certified": "已发证",
        "revoked": "已撤销",
    },
    # case actions: the audit trail's steps, the review operations and the reviewer's decisions
    "action": {
        "submit": "提交", "resubmit": "重新提交", "analysis": "自动核对材料", "claim": "领取审核",
        "release": "放回队列", "pass": "审核通过", "fail": "审核不通过", "return": "退回补充",
        "publish": "公示", "unpublish": "撤出公示", "rollback": "回退审核操作", "transfer": "转移审核机构",
        "reassign": "重新指派", "reopen": "异议后重新审核", "finalize": "公示结束", "certify": "发证",
        "revoke": "撤销", "case.view": "只读查看",
    },
    "role": {"candidate": "考生", "reviewer": "审核员", "admin": "管理员"},
    # what a message (in-site or SMS) is about: messages.kind and outbox.purpose
    "message": {
        "first_login": "首次登录验证码", "forgot": "找回密码验证码", "admin_reset": "重置密码验证码",
        "returned": "退回补正通知", "passed": "核查通过通知", "failed": "核查不通过通知", "deadline": "补正截止提醒",
        "listed": "公示通知", "certified": "发证通知", "resubmitted": "重新提交通知", "window": "提交截止提醒",
    },
    "delivery": {"stored": "已记录（未配置短信网关）", "pending": "待发送", "sent": "已发送", "failed": "发送失败"},
    "list_status": {"draft": "草稿", "reviewed": "已复核", "published": "公示中", "final": "公示结束"},
    "entry_status": {"listed": "公示中", "removed": "异议撤出", "final": "已确认"},
    "import_status": {"new": "新增", "updated": "更新", "unchanged": "未变化"},
    "window": {"not_open": "尚未开始", "open": "正在受理", "closed": "已截止"},
    "unit_level": {"province": "省级", "city": "市州级", "county": "县区级"},
    "severity": {"fail": "不符合", "warn": "需注意", "info": "提示"},
    "education": {
        "high_school": "高中", "secondary": "中专/中职/职高", "junior_college": "大专/专科",
        "bachelor": "本科", "second_bachelor": "第二学士/研究生班", "master": "硕士", "doctor": "博士",
    },
    "tech_class": {"intermediate_worker": "中级工班", "senior_worker": "高级工班", "technician": "预备技师(技师)班"},
    "origin": {"hunan": "湖南省内", "other_province": "外省", "foreign": "国(境)外", "party_school": "党校"},
    "major_tier": {"related": "本专业", "near": "相近/相关专业", "other": "其他专业"},
    "route": {"full": "考全科", "exempt": "免考部分科目", "addon": "增项/增报专业"},
    "holds": {"engineer": "工程师职称", "senior_engineer": "高级工程师", "junior_same_series": "同系列初级资格",
              "intermediate_same_series": "同系列中级资格"},
    # the self-check answers (portal.domain.declared)
    "declared": {
        "education": "学历", "tech_class": "技工院校班级", "graduation_date": "毕业日期", "full_time": "是否全日制",
        "chsi_registered": "学历是否在学信网注册", "education_origin": "学历来源", "major_tier": "专业类别",
        "route": "报考类型", "work_start": "参加相关专业工作时间", "total_work_start": "参加工作时间",
        "holds": "已有资格", "holds_since": "取得资格时间",
    },
    # columns of the authority's candidate list that are not document fields (those are `field`)
    "column": {"level": "级别", "exam_year": "考试年度", "city": "市州", "scores": "成绩"},
}
# which category names the values of a self-check answer or a document field
_VALUE_CATEGORY = {"holds": "holds", "education": "education", "education_level": "education",
                   "tech_class": "tech_class", "class_type": "tech_class", "education_origin": "origin",
                   "major_tier": "major_tier", "route": "route", "exam": "exam", "level": "level"}


def categories() -> tuple[str, ...]:
    return (*_PORTAL, "kind", "field", "exam", "level", "city")


def codes(category: str) -> tuple[str, ...]:
    """Every code of a category, in its order (for select boxes and tests)."""
    if category in _PORTAL:
        return tuple(_PORTAL[category])
    if category in ("kind", "field"):
        from checks import names as doc_names
        return doc_names.kinds() if category == "kind" else doc_names.fields()
    if category in ("exam", "level"):
        from rules import aliases
        return tuple(aliases.EXAMS if category == "exam" else aliases.LEVEL_NAMES)
    if category == "city":
        return tuple(units.cities())
    raise KeyError(category)


def name(category: str, code) -> str:
    """The one Chinese name of `code` in `category`; the code itself when it has none."""
    if code is None or code == "":
        return ""
    if category == "column" and code not in _PORTAL["column"]:
        category = "field"
    if category in _PORTAL:
        return _PORTAL[category].get(code, str(code))
    if category == "kind":
        from checks import names as doc_names
        return doc_names.kind_name(code)
    if category == "field":
        from checks import names as doc_names
        return doc_names.field_name(code)
    if category in ("exam", "level"):
        from rules import aliases
        return (aliases.EXAMS if category == "exam" else aliases.LEVEL_NAMES).get(code, str(code))
    if category == "city":
        return units.city_name(code) or str(code)
    raise KeyError(category)


def choices(category: str) -> dict[str, str]:
    """code -> name for a category of the portal's own codes (select boxes)."""
    return {code: name(category, code) for code in codes(category)}


def value(field: str, raw) -> str:
    """A declared or extracted value in words: codes to their names, booleans to 是/否, lists joined."""
    if isinstance(raw, bool):
        return "是" if raw else "否"
    if isinstance(raw, (list, tuple)):
        return "、".join(value(field, v) for v in raw)
    category = _VALUE_CATEGORY.get(field)
    return name(category, raw) if category else str(raw)


def kind(code) -> str:
    return name("kind", code)


def state(code) -> str:
    return name("state", code)


def role(code) -> str:
    return name("role", code)


def action(code) -> str:
    return name("action", code)


def where_to_obtain(kind_code) -> str:
    """Where a candidate obtains a document of this kind (from its template)."""
    from checks import names as doc_names
    return doc_names.where_to_obtain(kind_code)
