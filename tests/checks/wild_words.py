"""Words of the generalisation corpus: how other forms name each field, their titles and the rows
they carry besides the contract fields. Written from the wordings of published forms of other
years and cities, not from the templates. `COMMON` wordings appear on every layout; `OTHER`
wordings only on the layouts whose family is "other" (forms of other years and cities)."""
from __future__ import annotations

COMMON = {
    "name": ["姓名", "姓　名", "考生姓名"],
    "gender": ["性别", "性　别"],
    "birth_date": ["出生日期", "出生年月日"],
    "id_number": ["身份证号码", "身份证号", "公民身份号码", "证件号码"],
    "phone": ["手机号码", "联系电话", "移动电话"],
    "employer": ["工作单位", "单位名称", "现工作单位"],
    "school": ["毕业院校", "毕业学校", "学校名称", "院校名称"],
    "major": ["所学专业", "专业", "专业名称", "毕业专业"],
    "education_level": ["学历", "最高学历", "学历层次", "层次"],
    "study_type": ["学历类别", "学历类型", "教育类型"],
    "enrollment_date": ["入学时间", "入学日期", "入学年月"],
    "graduation_date": ["毕业时间", "毕业日期", "毕业年月"],
    "certificate_no": ["证书编号", "毕业证书编号", "证书号码"],
    "verification_code": ["在线验证码", "验证码"],
    "update_date": ["更新日期", "制表日期", "打印日期"],
    "report_no": ["报告编号", "认证编号", "编号"],
    "work_start": ["参加工作时间", "从事专业工作起始时间", "工作起始时间"],
    "exam": ["报考类别", "报考专业", "报考考试"],
    "class_type": ["班级类型", "培养层次", "学制类型"],
}
OTHER = {
    "name": ["申请人姓名", "姓名（签字）", "本人姓名"],
    "gender": ["性别（男/女）"],
    "birth_date": ["出生年月", "生日"],
    "id_number": ["身份证件号码", "居民身份证号码", "证件号"],
    "phone": ["联系方式", "手机", "本人手机"],
    "employer": ["所在单位", "工作单位（全称）", "现任职单位"],
    "school": ["毕业院校（全称）", "就读学校", "颁证学校"],
    "major": ["毕业专业（全称）", "学科专业", "所读专业"],
    "education_level": ["文化程度", "学历（学位）", "最高学历层次"],
    "study_type": ["办学类型", "学习类型"],
    "enrollment_date": ["入校时间", "起始时间", "入学年份"],
    "graduation_date": ["毕（结）业时间", "离校时间", "毕业时间（年月日）"],
    "certificate_no": ["证书号", "毕业证号", "证书编码"],
    "verification_code": ["在线验证码（12位）", "校验码"],
    "update_date": ["生成日期", "出具日期"],
    "report_no": ["报告号", "认证书编号", "查询编号"],
    "work_start": ["参加工作年月", "从事本专业工作时间", "开始从事本专业时间"],
    "exam": ["报考资格名称", "申报考试名称", "考试名称", "报名考试"],
    "class_type": ["就读班级层次", "班型"],
}
TITLES = {
    "application_form": ["{exam_name}考试报名表", "{year}年度{exam_name}考试报名表", "专业技术人员资格考试报名表"],
    "chsi_record": ["教育部学历证书电子注册备案表", "教育部学历证书电子注册备案表（在线验证）"],
    "chsi_report": ["中国高等教育学历认证报告", "中国高等教育学历查询报告"],
    "chsi_student_status": ["教育部学籍在线验证报告"],
    "cscse_report": ["国（境）外学历学位认证书", "境外学历学位认证书"],
    "diploma": ["毕业证书", "普通高等学校毕业证书"],
    "exemption_proof": ["免试部分科目证明", "免考部分科目证明"],
    "graduate_register": ["高等学校毕业生登记表", "普通高等学校毕业生登记表"],
    "hn_secondary_query": ["湖南省中等职业学校毕业证书查询结果", "中职毕业证书查询"],
    "hn_secondary_report": ["湖南省教育厅中等专业学校学历认证报告", "中专学历认证报告"],
    "party_school": ["党校学历证明", "中共湖南省委党校党校学历证明"],
    "qualification_cert": ["专业技术人员职业资格证书", "职业资格证书"],
    "tech_school_cert": ["技工院校学籍认证表", "湖南省技工院校学籍认证表"],
    "tech_school_query": ["技工院校毕业证书查询结果", "全国技工院校毕业证书查询"],
    "work_proof": ["工作年限证明", "工作经历证明", "从事专业工作年限证明"],
}
# rows other forms carry that are not contract fields (label, printed value)
EXTRA = [("民族", "汉族"), ("政治面貌", "中共党员"), ("籍贯", "湖南长沙"), ("现任职务", "技术员"),
         ("邮政编码", "410083"), ("通讯地址", "长沙市岳麓区麓山南路932号"), ("办公电话", "0731-84123456")]
FOOTERS = {
    "application_form": ["本人承诺以上信息真实有效。", "单位意见：情况属实，同意报考。"],
    "work_proof": ["特此证明。"],
    "exemption_proof": ["特此证明。"],
}
# printed forms of coded values, varied like real documents print them
EDUCATION = {"junior_college": ["大专", "专科", "大学专科"], "bachelor": ["本科", "大学本科"],
             "master": ["硕士研究生", "研究生"], "secondary": ["中专", "中等专业学校"]}
CLASS = {"intermediate_worker": ["中级工班", "中级工"], "senior_worker": ["高级工班", "高级工"],
         "technician": ["预备技师班", "技师班"]}
DATES = ["{y}年{m:02d}月{d:02d}日", "{y}年{m}月{d}日", "{y}-{m:02d}-{d:02d}", "{y}.{m:02d}.{d:02d}", "{y}/{m}/{d}"]
