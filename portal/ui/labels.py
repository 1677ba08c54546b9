"""Chinese labels for contract codes (DESIGN 4.1), and where a candidate obtains each document
(seed 004, 长沙 2022 notice, section 三)."""
from __future__ import annotations

STATUS = {
    "draft": "草稿（未提交）", "submitted": "已提交，待审核", "in_review": "审核中",
    "returned": "已退回，待补充", "resubmitted": "已重新提交，待审核", "passed": "核查通过",
    "failed": "核查不通过", "published": "公示中", "final": "公示结束", "certified": "已发证",
    "revoked": "已撤销",
}

KIND = {
    "application_form": "资格考试报名表", "work_proof": "工作年限证明",
    "chsi_record": "教育部学历证书电子注册备案表", "chsi_report": "学信网学历认证报告",
    "graduate_register": "毕业生登记表", "diploma": "毕业证书",
    "hn_secondary_query": "湖南省中职毕业证查询结果", "hn_secondary_report": "省教育厅中专学历认证报告",
    "cscse_report": "国(境)外学历学位认证书", "party_school": "党校学历证明",
    "tech_school_query": "技工院校毕业证书查询结果", "tech_school_cert": "技工院校学籍认证",
    "exemption_proof": "免考条件证明", "qualification_cert": "第一专业资格证书（增项）",
    "unknown": "无法识别",
}

WHERE = {
    "application_form": "下载报名表模板填写，签名后由所在单位或其人事部门盖章，并在表格上方空白处注明本人手机号码。",
    "work_proof": "由所在单位出具，列明每一段相关专业工作经历，加盖单位公章或人事部门公章。",
    "chsi_record": "登录学信网 <https://www.chsi.com.cn>，进入学信档案 → 在线验证报告，下载《教育部学历证书电子注册备案表》PDF。",
    "chsi_report": "在学信网 <https://www.chsi.com.cn> 免费申请《中国高等教育学历认证报告》。",
    "graduate_register": "人事档案中的毕业生登记表复印件（2002 年前或外省学历无法提供认证报告时），连同毕业证书原件扫描件。",
    "diploma": "毕业证书原件扫描件。",
    "hn_secondary_query": "湖南省中等职业学校毕业证查询系统 <http://zcc.hnedu.cn/zzfind/> 的查询结果页面。",
    "hn_secondary_report": "省教育厅学历认证报告（湖南省大中专学校学生信息咨询与就业指导中心现场办理，0731-82116082）；暂无时可先交录取或毕业生花名册。",
    "cscse_report": "教育部留学服务中心中国留学网 <https://www.cscse.edu.cn> 的学历学位认证查验证明报告。",
    "party_school": "用人单位查验党校官网毕业证书查询页面的结果，或党校开具的学历认证报告。",
    "tech_school_query": ("2005—2013 年毕业：湖南人力资源社会保障公共服务网技工院校毕业证书查询系统 "
                          "<http://www.e91job.com/hunanweb/extAccessAction/showCertificate.action> 的查验结果页面；"
                          "2015 年以后：人社部全国毕业证书查询系统 <http://www.12333.gov.cn/portal/cert/jgyxbyzs?pfaId=201811081700000001> 的查验结果页面。"),
    "tech_school_cert": "省人力资源社会保障厅职业能力建设处出具的学籍认证查验结果（2005 年前或 2014 年毕业）。",
    "exemption_proof": "符合免考条件的印证材料，如职称证书、聘书等。",
    "qualification_cert": "已经所在单位初审合格的第一专业资格证书（全科证书）扫描件。",
}

EDUCATION = {
    "high_school": "高中", "secondary": "中专/中职/职高", "junior_college": "大专/专科",
    "bachelor": "本科", "second_bachelor": "第二学士/研究生班", "master": "硕士", "doctor": "博士",
}
TECH_CLASS = {"intermediate_worker": "中级工班", "senior_worker": "高级工班", "technician": "预备技师(技师)班"}
ORIGIN = {"hunan": "湖南省内", "other_province": "外省", "foreign": "国(境)外", "party_school": "党校"}
MAJOR_TIER = {"related": "本专业", "near": "相近/相关专业", "other": "其他专业"}
ROUTE = {"full": "考全科", "exempt": "免考部分科目", "addon": "增项/增报专业"}
HOLDS = {"engineer": "工程师职称", "senior_engineer": "高级工程师", "junior_same_series": "同系列初级资格",
         "intermediate_same_series": "同系列中级资格"}
SEVERITY = {"fail": "不符合", "warn": "需注意", "info": "提示"}


def status(code: str | None) -> str:
    return STATUS.get(code or "", code or "")


def kind(code: str | None) -> str:
    return KIND.get(code or "", code or "")

FIELD = {
    "name": "姓名", "gender": "性别", "birth_date": "出生日期", "id_number": "身份证号", "school": "学校",
    "major": "专业", "education_level": "学历层次", "study_type": "学历类别/学习形式", "enrollment_date": "入学日期",
    "graduation_date": "毕业日期", "certificate_no": "证书编号", "verification_code": "在线验证码",
    "update_date": "更新日期", "report_no": "报告编号", "employer": "工作单位", "work_start": "参加工作时间",
    "phone": "手机号码", "exam": "考试", "class_type": "技工院校班级",
}

DECLARED = {
    "education": "学历", "tech_class": "技工院校班级", "graduation_date": "毕业日期", "full_time": "全日制",
    "chsi_registered": "学信网已注册", "education_origin": "学历来源", "major_tier": "专业类别", "route": "报考类型",
    "work_start": "参加相关专业工作时间", "total_work_start": "参加工作时间", "holds": "已有资格",
    "holds_since": "取得资格时间",
}
_VALUE_NAMES = {"holds": HOLDS, "education": EDUCATION, "education_level": EDUCATION, "tech_class": TECH_CLASS,
                "class_type": TECH_CLASS, "education_origin": ORIGIN, "major_tier": MAJOR_TIER, "route": ROUTE}


def value(field: str, raw) -> str:
    """A declared or extracted value in words (codes to Chinese names, booleans to 是/否)."""
    if isinstance(raw, bool):
        return "是" if raw else "否"
    if isinstance(raw, (list, tuple)):
        return "、".join(value(field, v) for v in raw)
    return _VALUE_NAMES.get(field, {}).get(raw, str(raw))
