"""The finding record every check returns (TEAM.md): code, severity, Chinese message, evidence."""
from __future__ import annotations

KIND_NAMES = {
    "application_form": "报名表", "work_proof": "工作年限证明", "chsi_record": "学历证书电子注册备案表",
    "chsi_report": "学历认证报告", "graduate_register": "毕业生登记表", "diploma": "毕业证书",
    "hn_secondary_query": "湖南中职毕业证查询结果", "hn_secondary_report": "省教育厅中专学历认证报告",
    "cscse_report": "国(境)外学历学位认证书", "party_school": "党校学历证明",
    "tech_school_query": "技工院校毕业证书查询结果", "tech_school_cert": "技工院校学籍认证",
    "exemption_proof": "免考证明", "qualification_cert": "资格证书", "unknown": "无法识别的文件",
}
FIELD_NAMES = {
    "name": "姓名", "gender": "性别", "birth_date": "出生日期", "id_number": "身份证号码", "school": "学校",
    "major": "专业", "education_level": "学历层次", "study_type": "学历类别", "enrollment_date": "入学日期",
    "graduation_date": "毕业日期", "certificate_no": "证书编号", "verification_code": "在线验证码",
    "update_date": "更新日期", "report_no": "报告编号", "employer": "工作单位", "work_start": "参加工作时间",
    "phone": "手机号码", "exam": "考试", "class_type": "技工院校班级",
}


def finding(code: str, severity: str, message: str, *, file=None, field=None, read=None, expected=None) -> dict:
    assert severity in ("fail", "warn", "info")
    return {"code": code, "severity": severity, "message": message, "file": file, "field": field,
            "read": read, "expected": expected}
