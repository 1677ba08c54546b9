"""Words of the held-out layout families (`wild_blind`): label wordings per field that the tuned
families never print, titles, rows that are not contract fields, tick-box vocabularies and date
styles. Taken from published forms (报名信息表, 学信档案 pages, 技工院校 and 社保 query pages, 毕业生
登记表); each list is what one or another real form prints."""
from __future__ import annotations

BLIND_WORDS = {
    "name": ["中文姓名", "姓名（中文）", "姓名 Name", "申报人"],
    "gender": ["性别 Sex", "性别（男、女）", "性别 Gender"],
    "birth_date": ["出生时间", "出生年月（日）", "出生日期 Date of Birth"],
    "id_number": ["公民身份证号", "有效证件号码", "身份证明号码", "证件号码 ID No."],
    "phone": ["联系手机", "移动电话号码", "联系电话（手机）"],
    "employer": ["用人单位", "工作单位名称", "现所在单位", "聘用单位"],
    "school": ["就读院校", "培养单位", "颁证单位", "学校（机构）名称"],
    "major": ["就读专业", "学习专业", "专业（方向）", "专业 Major"],
    "education_level": ["最后学历", "毕业学历", "教育程度", "学历（层次）"],
    "study_type": ["学历性质", "学历教育类别", "办学类别"],
    "enrollment_date": ["入校日期", "入学年月日", "学习起始日期", "注册入学日期"],
    "graduation_date": ["毕（结）业日期", "离校日期", "学习截止日期", "毕业年月日"],
    "certificate_no": ["毕业证书号", "学历证书编号", "电子注册号", "证书编号 Certificate No."],
    "verification_code": ["在线验证码（16位）", "网上验证码", "报告验证码"],
    "update_date": ["更新时间", "报告生成日期", "数据更新日期"],
    "report_no": ["认证报告编号", "报告书编号", "编号 No."],
    "work_start": ["参加工作日期", "开始工作时间", "从事专业技术工作起始日期", "入职时间"],
    "exam": ["报考项目", "考试项目", "拟报考资格", "申报类别"],
    "class_type": ["班级层次", "就读层次", "培养类别", "班别"],
}
TITLES = {
    "application_form": ["{year}年度{exam_name}考试报名信息表", "专业技术人员职业资格考试报名登记表",
                         "{exam_name}考试资格审核表"],
    "chsi_record": ["教育部学历证书电子注册备案表"],
    "chsi_report": ["中国高等教育学历认证报告"],
    "chsi_student_status": ["教育部学籍在线验证报告"],
    "cscse_report": ["国（境）外学历学位认证书（电子版）", "国外学历学位认证书"],
    "diploma": ["毕 业 证 书", "高等教育毕业证书"],
    "exemption_proof": ["免试部分科目考试证明", "专业技术人员资格考试免试科目证明"],
    "graduate_register": ["毕业生登记表", "{year}届毕业生登记表"],
    "hn_secondary_query": ["湖南省中等职业学校学历查询结果", "中等职业学校毕业证书信息查询"],
    "hn_secondary_report": ["湖南省中等职业学校学历认证报告", "中等专业学校学历证明"],
    "party_school": ["党校学历证明书", "中共湖南省委党校学历证明（存档）"],
    "qualification_cert": ["中华人民共和国专业技术人员职业资格证书", "职业资格证书（电子证照）"],
    "tech_school_cert": ["技工院校学生学籍认证表", "技工院校学历认证表"],
    "tech_school_query": ["技工院校毕业证书信息查询", "湖南省技工院校毕业证书查询结果"],
    "work_proof": ["工作证明", "从事本专业工作年限证明", "专业工作年限证明"],
}
# kinds a person fills in (the others are issued or printed by a school or an authority)
FILLED = ("application_form", "work_proof", "exemption_proof", "graduate_register")
# header-block rows of a ledger form: filled-in forms, issued documents
HEADS = {True: [("报名序号", "HN{n:08d}"), ("审核地点", "长沙市人事考试院"), ("审核方式", "考后审核")],
         False: [("档案号", "D{n:08d}"), ("院系", "土木工程学院"), ("管理号", "{n:08d}")]}
NOTES = {True: "以下各项由本人如实填写，须与所交证件一致", False: "本表信息来源于学籍学历档案，涂改无效"}
# section of the form each field is printed in (ledger and vertical families)
SECTIONS = {"基本情况": ("name", "gender", "birth_date", "id_number", "phone"),
            "学习经历": ("school", "major", "education_level", "study_type", "class_type", "enrollment_date",
                     "graduation_date", "certificate_no"),
            "工作及报考": ("employer", "work_start", "exam"),
            "报告信息": ("report_no", "update_date", "verification_code")}
# rows that are not contract fields: (label, printed value), of a person (first two only on forms a
# person fills in) and of a school record
EXTRA_PERSON = [("婚姻状况", "已婚"), ("健康状况", "良好"), ("户籍所在地", "湖南省株洲市"), ("外语水平", "英语六级"),
                ("档案存放单位", "长沙市人才服务中心")]
EXTRA_SCHOOL = [("学制", "4年"), ("学位", "学士"), ("毕（结）业", "毕业"), ("院校所在地", "湖南省长沙市")]
# tick-box rows that are not contract fields: (label, options, ticked)
EXTRA_TICKS = [("学习形式", ("全日制", "非全日制"), 0), ("是否应届", ("是", "否"), 1),
               ("是否在职", ("在职", "离职"), 0)]
# closed vocabularies printed as tick boxes: the ticked option is the value
TICKS = {"gender": {"男": "男", "女": "女"},
         "education_level": {"doctor": "博士", "master": "硕士", "bachelor": "本科", "junior_college": "大专",
                             "secondary": "中专"},
         "study_type": {"普通高等教育": "普通高等教育", "成人高等教育": "成人高等教育", "自学考试": "高等教育自学考试",
                        "网络教育": "网络教育"},
         "class_type": {"intermediate_worker": "中级技能", "senior_worker": "高级技能", "technician": "预备技师（技师）"}}
CHECKED = ("■", "√", "✓")  # a ticked box as word processors print it; "□" is an empty one
# printed forms of coded values in text cells
EDUCATION = {"junior_college": ["专科", "专科（高职）"], "bachelor": ["本科"], "master": ["硕士研究生", "硕士"],
             "doctor": ["博士研究生"], "secondary": ["中专", "中等职业教育"]}
CLASS = {"intermediate_worker": ["中级技能", "中级工班"], "senior_worker": ["高级技能", "高级工班"],
         "technician": ["预备技师（技师）", "预备技师班"]}
DATES = {"ledger": ["{y} 年 {m} 月 {d} 日", "{y}.{m}.{d}"],
         "vertical": ["{y} 年 {m:02d} 月 {d:02d} 日", "{y}.{m}.{d}"],
         "webprint": ["{y}{m:02d}{d:02d}", "{y}/{m:02d}/{d:02d}", "{y}-{m}-{d}"]}
CN_DIGITS = "〇一二三四五六七八九"
FOOTERS = {
    "application_form": ["本人郑重承诺：所填信息及提交材料真实、准确。", "报考人签名：", "所在单位审核意见：经审核，情况属实。（盖章）"],
    "work_proof": ["兹证明上述人员在我单位从事专业技术工作，情况属实。", "单位（盖章）", "经办人："],
    "exemption_proof": ["经审核，该同志符合免试部分科目条件。", "审核单位（盖章）"],
    "graduate_register": ["学校意见：同意毕业。（盖章）"],
    "party_school": ["此件与学籍档案相符。（盖章）"],
}
# the web site a printed page comes from: (site name, breadcrumb, address)
SITES = {
    "chsi": ("学信网 · 中国高等教育学生信息网", "首页 > 学信档案 > 高等教育信息", "https://my.chsi.com.cn/archive/gdjy/xl/show.action"),
    "cscse": ("教育部留学服务中心 · 国（境）外学历学位认证", "首页 > 认证查询 > 认证结果", "https://zwfw.cscse.edu.cn/cscse/lxfwzxwsfwdt2020/xlxwrz32/rzjgcx.html"),
    "tech": ("人力资源和社会保障部 · 技工院校毕业证书查询", "首页 > 公共服务 > 证书查询", "https://www.mohrss.gov.cn/jngjs/zscx/result.html"),
    "hn": ("湖南省教育厅 · 中等职业学校学生信息管理", "首页 > 学历查询 > 查询结果", "http://jyt.hunan.gov.cn/zzxj/cx/result.html"),
    "apply": ("中国人事考试网 · 网上报名", "首页 > 网上报名 > 报名信息确认", "http://zg.cpta.com.cn/examfront/register/print.htm"),
    "social": ("湖南省人力资源和社会保障厅 · 网上服务大厅", "首页 > 个人服务 > 参保信息查询", "https://rst.hunan.gov.cn/wsfwdt/grfw/cbxx"),
    "other": ("证书信息查询系统", "首页 > 信息查询 > 查询结果", "https://zscx.hunan.gov.cn/query/result"),
}
SITE_OF = {"chsi_record": "chsi", "chsi_report": "chsi", "chsi_student_status": "chsi", "diploma": "chsi",
           "cscse_report": "cscse", "tech_school_cert": "tech", "tech_school_query": "tech",
           "hn_secondary_query": "hn", "hn_secondary_report": "hn", "application_form": "apply",
           "exemption_proof": "apply", "qualification_cert": "apply", "work_proof": "social"}
SEAL_OF = {"work_proof": "employer", "exemption_proof": "employer", "application_form": "employer", "diploma": "school",
           "graduate_register": "school", "party_school": "school", "tech_school_cert": "school",
           "hn_secondary_report": "school", "qualification_cert": "湖南省人力资源和社会保障厅"}
