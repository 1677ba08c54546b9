"""Words of the second held-out families (`wild_blind2`: mobile, fillin): label wordings per field
that no tuned family prints, the apps and sites a phone screenshot comes from, titles, printed forms
of coded values, non-contract rows and the sentences of fill-in letters. Taken from what the 学信网
app and 学信档案 pages, 掌上12333 / 湘易办, 中国人事考试网's 报名 pages, and printed 证明 letters and
登记表 forms show; each wording is one that one or another of them uses."""
from __future__ import annotations

# label wordings, per family; both families' lists are disjoint from every tuned family's
MOBILE_WORDS = {
    "name": ["真实姓名", "用户姓名"],
    "gender": ["性别/Sex", "本人性别"],
    "birth_date": ["出生年月日期", "生日日期", "出生"],
    "id_number": ["身份证件号", "证件号码（身份证）", "实名证件号", "居民身份证"],
    "phone": ["绑定手机", "手机号", "预留手机号"],
    "employer": ["就业单位", "任职单位名称", "当前单位"],
    "school": ["院校", "学校", "就读学校名称", "毕业学校名称"],
    "major": ["专业名", "所在专业", "报读专业"],
    "education_level": ["学历层级", "培养层次/学历", "层次类别"],
    "study_type": ["学历教育形式", "教育类别"],
    "enrollment_date": ["入学", "入学时间（年月日）", "注册日期"],
    "graduation_date": ["毕业", "毕业离校日期", "毕业（结业）日期"],
    "certificate_no": ["证书号（电子注册）", "毕业证号码", "学历证书号"],
    "verification_code": ["验证码（在线）", "在线验证码/Code"],
    "update_date": ["最近更新", "信息更新日期"],
    "report_no": ["报告号码", "认证报告号"],
    "work_start": ["首次参加工作时间", "参工时间", "工作开始日期"],
    "exam": ["考试名称/级别", "报名考试项目", "报考资格名称/专业"],
    "class_type": ["班级层次类别", "培养层级"],
}
# wordings only one app uses (chosen about half the time on that app's pages)
APP_WORDS = {"m12333": {"name": ["参保人姓名"], "employer": ["参保单位"]}, "xyb": {"name": ["持证人"]},
             "cpta": {"name": ["报考人姓名"]}, "chsi": {"name": ["学生姓名"]}}
FILLIN_WORDS = {
    "name": ["姓　名（正楷）", "填表人", "申请人"],
    "gender": ["性别（填男或女）", "性　别（请填写）"],
    "birth_date": ["出生于", "出生日期（公历）"],
    "id_number": ["身份证号码（18位）", "公民身份证号码", "身份证号（必填）"],
    "phone": ["联系手机号", "本人联系电话"],
    "employer": ["工作单位（盖章单位）", "所在工作单位", "现在工作单位"],
    "school": ["毕业院校名称", "毕业学校（全称）", "毕业院校（校名）"],
    "major": ["所学专业名称", "专业（全称）", "学习专业名称"],
    "education_level": ["学历层次（专科/本科/研究生）", "取得学历"],
    "study_type": ["学习形式类别", "学历类别（普通/成人）"],
    "enrollment_date": ["入学于", "入学日期（公历）"],
    "graduation_date": ["毕业年月日期", "毕业日期（公历）"],
    "certificate_no": ["毕业证书号码", "证书编号（学历）", "学历证书号码"],
    "verification_code": ["在线验证码（16位字符）"],
    "update_date": ["信息更新于", "更新日期（系统）"],
    "report_no": ["报告编号（认证）", "报告单编号"],
    "work_start": ["参加工作时间（年月日）", "工 作 时 间"],
    "exam": ["报考资格（级别）", "报考类别及级别"],
    "class_type": ["就读班型", "班级类型（层次）"],
}
# the app or site a screenshot comes from: (app name, nav-bar title, accent colour, buttons)
APPS = {
    "chsi": ("学信网", (0, 150, 136), ["下载报告", "分享", "申请在线验证报告"]),
    "cscse": ("留服中心", (30, 90, 170), ["下载认证书", "在线核验"]),
    "m12333": ("掌上12333", (219, 43, 43), ["打印证明", "分享给他人"]),
    "xyb": ("湘易办", (24, 120, 220), ["出示证照", "下载", "分享"]),
    "cpta": ("中国人事考试网", (36, 92, 170), ["查看报名表", "打印准考证", "返回首页"]),
}
APP_OF = {"chsi_record": "chsi", "chsi_report": "chsi", "chsi_student_status": "chsi", "diploma": "chsi",
          "graduate_register": "xyb", "cscse_report": "cscse", "tech_school_cert": "m12333",
          "tech_school_query": "m12333", "hn_secondary_query": "xyb", "hn_secondary_report": "xyb",
          "party_school": "xyb", "qualification_cert": "xyb", "work_proof": "m12333",
          "application_form": "cpta", "exemption_proof": "cpta"}
# (nav-bar title, card heading) per kind: the heading names the document as the app does
MOBILE_TITLES = {
    "application_form": [("报名信息", "{year}年度{exam_name}考试报名信息"), ("我的报名", "{exam_name}考试报名表（确认）")],
    "chsi_record": [("在线验证报告", "教育部学历证书电子注册备案表")],
    "chsi_report": [("学历认证", "中国高等教育学历认证报告")],
    "chsi_student_status": [("学籍信息", "教育部学籍在线验证报告")],
    "cscse_report": [("认证结果", "国（境）外学历学位认证书")],
    "diploma": [("学历信息", "高等教育学历证书（毕业证书）"), ("学历", "毕业证书信息")],
    "exemption_proof": [("资格审核", "免试部分科目考试证明")],
    "graduate_register": [("档案材料", "毕业生登记表")],
    "hn_secondary_query": [("中职学历查询", "中等职业学校学历查询结果")],
    "hn_secondary_report": [("学历认证", "中等职业学校学历认证报告")],
    "party_school": [("学历证明", "党校学历证明书")],
    "qualification_cert": [("电子证照", "专业技术人员职业资格证书")],
    "tech_school_cert": [("学籍认证", "技工院校学籍认证表")],
    "tech_school_query": [("证书查询", "技工院校毕业证书查询结果")],
    "work_proof": [("工作证明", "从业（工作）年限证明"), ("参保工作经历", "工作年限证明")],
}
FILLIN_TITLES = {
    "application_form": ["{exam_name}考试报名登记表（纸质）", "专业技术人员资格考试报名申请表"],
    "chsi_record": ["教育部学历证书电子注册备案表"],
    "chsi_report": ["中国高等教育学历认证报告"],
    "chsi_student_status": ["教育部学籍在线验证报告"],
    "cscse_report": ["国（境）外学历学位认证书"],
    "diploma": ["毕　业　证　书"],
    "exemption_proof": ["免试部分科目证明"],
    "graduate_register": ["普通高等学校毕业生登记表"],
    "hn_secondary_query": ["中等职业学校学历查询结果（核对单）"],
    "hn_secondary_report": ["中等职业学校学历认证报告"],
    "party_school": ["党校学历证明书"],
    "qualification_cert": ["专业技术人员职业资格证书（登记页）"],
    "tech_school_cert": ["技工院校学籍认证表"],
    "tech_school_query": ["技工院校毕业证书查询结果（核对单）"],
    "work_proof": ["工作证明", "工作年限证明"],
}
# printed forms of coded values (value -> forms), neither family prints a code
EDUCATION = {"junior_college": ["专科", "高职（专科）", "大专（全日制）"], "bachelor": ["本科", "普通本科"],
             "master": ["硕士研究生", "研究生（硕士）"], "doctor": ["博士研究生"], "secondary": ["中等职业教育", "普通中专"]}
CLASS = {"intermediate_worker": ["中级工（三年制）", "中级技工"], "senior_worker": ["高级工（五年制）", "高级技工"],
         "technician": ["预备技师", "技师（预备技师）"]}
MOBILE_DATES = ["{y}-{m:02d}-{d:02d}", "{y}年{m:02d}月{d:02d}日", "{y}/{m:02d}/{d:02d}"]
FILLIN_DATES = ["{y}年{m}月{d}日", "{y} 年 {m:02d} 月 {d:02d} 日", "{y}.{m:02d}.{d:02d}"]
CN_DIGITS = "〇一二三四五六七八九"
# non-contract rows an app page shows, per app: (label, value)
MOBILE_EXTRA = {
    "chsi": [("学制", "4 年"), ("学习形式", "普通全日制"), ("分院", "无"), ("毕（结）业", "毕业"), ("校（院）长姓名", "{person}")],
    "cscse": [("国（境）外院校所在国家", "英国"), ("认证状态", "认证完成"), ("学位", "理学硕士")],
    "m12333-tech": [("证书状态", "有效"), ("发证机构", "湖南省人力资源和社会保障厅"), ("学制", "3 年")],
    "m12333": [("参保状态", "正常参保"), ("参保险种", "企业职工基本养老保险"), ("累计缴费月数", "{months}个月"),
               ("个人编号", "4301{n:08d}")],
    "xyb": [("证照状态", "有效"), ("发证机关", "湖南省教育厅"), ("证照类型", "电子证照"), ("院校所在地", "湖南省衡阳市")],
    "cpta": [("报名序号", "{n:08d}"), ("审核状态", "审核通过"), ("考区", "长沙市"), ("报考级别", "中级"), ("缴费状态", "已缴费")],
}
# non-contract lines of a fill-in form: (label, value)
FILLIN_EXTRA = [("民　　族", "汉"), ("政治面貌", "群众"), ("家庭住址", "长沙市开福区四方坪街道"), ("紧急联系人", "{person}")]
STATUS = ["9:41", "10:08", "14:26", "20:53", "08:17"]
NOTICES = {"chsi": ["信息来源：学信档案，如有疑问请联系学籍管理部门", "以上信息仅供本人查看，请勿泄露"],
           "cscse": ["认证结果以教育部留学服务中心出具的认证书为准", "以上信息仅供本人查看，请勿泄露"],
           "m12333": ["数据来源：人力资源社会保障部门", "如信息有误，请联系参保地社保经办机构"],
           "xyb": ["温馨提示：该电子证照与纸质证照具有同等效力", "如信息有误，请联系发证机构更正"],
           "cpta": ["请于规定时间内完成缴费，逾期视为放弃", "以上信息仅供本人查看，请勿泄露"]}
# fill-in letters: the opening sentence of each kind, "@field" a blank filled with the field's value
LETTERS = {
    "work_proof": [["兹证明", "@name", "同志，身份证号码", "@id_number", "，自", "@work_start", "起在",
                    "@employer", "从事专业技术工作至今，工作期间表现良好。"],
                   ["兹有我单位职工", "@name", "（身份证号：", "@id_number", "），于", "@work_start",
                    "参加工作，现在", "@employer", "从事工程技术工作。"]],
    "exemption_proof": [["兹证明", "@name", "同志（身份证号码", "@id_number", "）现在", "@employer",
                         "工作，已取得相应资格（证书编号", "@certificate_no", "），符合报考", "@exam",
                         "考试免试部分科目的条件。"]],
    "diploma": [["学生", "@name", "，性别", "@gender", "，", "@birth_date", "生，于", "@enrollment_date", "至",
                 "@graduation_date", "在本校", "@major", "专业", "@education_level",
                 "学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"]],
    "party_school": [["兹证明", "@name", "同志，性别", "@gender", "，身份证号码", "@id_number", "，于",
                      "@enrollment_date", "至", "@graduation_date", "在", "@school", "学习", "@major",
                      "专业（", "@education_level", "班），学完规定课程，成绩合格，准予毕业。"]],
    "graduate_register": [["本人", "@name", "，", "@gender", "，", "@birth_date", "出生，于", "@enrollment_date",
                           "考入", "@school", "就读，现将在校期间情况登记如下。"]],
    "hn_secondary_report": [["经核查，", "@name", "（身份证号码", "@id_number", "）系", "@school",
                             "毕业生，学历情况如下。"]],
    "tech_school_cert": [["兹证明", "@name", "同学于", "@enrollment_date", "入读", "@school", "，学籍信息如下。"]],
    "application_form": [["本人", "@name", "，现在", "@employer", "工作，申请报考", "@exam", "考试，填写报名信息如下。"]],
    "qualification_cert": [["持证人", "@name", "，经全国统一考试合格，取得", "@exam", "资格，特发此证。"]],
}
CLOSINGS = {
    "work_proof": ["特此证明。", "证明单位（盖章）：", "经办人：　　　　联系电话："],
    "exemption_proof": ["特此证明。", "审核单位（盖章）："],
    "diploma": ["校（院）长：", "（学校盖章）"],
    "party_school": ["特此证明。", "（党校盖章）"],
    "graduate_register": ["本人签名：", "学校意见：同意毕业（盖章）"],
    "application_form": ["本人承诺以上所填信息真实准确，如有虚假自愿承担责任。", "报考人（签名）：", "单位审核意见（盖章）："],
}
COPY_NOTE = "复印件与原件核对一致"  # the stamp line an archive office puts on a copied issued document
SEALS = {"work_proof": "employer", "exemption_proof": "employer", "application_form": "employer", "diploma": "school",
         "graduate_register": "school", "party_school": "school", "tech_school_cert": "school",
         "hn_secondary_report": "school", "qualification_cert": "湖南省人力资源和社会保障厅"}
ARCHIVE = ["长沙市人才服务中心", "湖南省人才流动服务中心", "株洲市人力资源服务中心"]
PERSON_WORDS = ("填表人", "申请人", "工作单位（盖章单位）")  # wordings of forms a person fills in only
FILLED = ("application_form", "work_proof", "exemption_proof", "graduate_register")  # a person fills them in
