"""Words of the third held-out families (`wild_blind3`: prose, columnar): the sentences a 证明 letter
writes its fields in, the column headers of exported query results, titles, letterheads, printed
forms of coded values and the rows of second tables that are not the record's fields. Taken from
how 在职证明 / 工作年限证明 letters, 学历 statements and 报名 declarations are worded, and from the
column headers of 报名信息 / 社保缴费明细 / 学籍 query exports."""
from __future__ import annotations

# printed forms of coded values (value -> forms); a prose letter writes them in words
EDUCATION = {"junior_college": ["大学专科", "专科（高职）", "全日制专科"], "bachelor": ["大学本科", "全日制本科", "本科"],
             "master": ["硕士研究生", "全日制硕士研究生"], "doctor": ["博士研究生"],
             "secondary": ["中专", "中等职业学校"]}
CLASS = {"intermediate_worker": ["中级工", "中级工班（三年制）"], "senior_worker": ["高级工", "高级工班（五年制）"],
         "technician": ["预备技师", "预备技师班"]}
PROSE_DATES = ["{y}年{m}月{d}日", "{y}年{m:02d}月{d:02d}日", "cn", "{y}.{m}.{d}", "{y}-{m:02d}-{d:02d}"]
COLUMN_DATES = ["{y}-{m:02d}-{d:02d}", "{y}/{m:02d}/{d:02d}", "{y}{m:02d}{d:02d}", "{y}.{m:02d}.{d:02d}",
                "{y}年{m:02d}月{d:02d}日"]

# --- prose -------------------------------------------------------------------------------------
# opening sentences per kind; {field} is the field's printed value, {today}/{years} a 截至 date and
# the years counted to it, {job} a post; a kind may have several, one is chosen
OPENINGS = {
    "work_proof": [
        "兹有我单位职工{name}（身份证号码：{id_number}），自{work_start}起在{employer}从事{job}工作，工作至今，特此证明。",
        "兹证明{name}同志，公民身份号码{id_number}，于{work_start}参加工作，现在{employer}从事{job}工作，工作至今。",
        "{name}，身份证号{id_number}，自{work_start}至今在{employer}从事{job}工作，截至{today}累计从事本专业工作{years}年。",
        "{name}同志（身份证号码：{id_number}）于{work_start}至今在{employer}工作，从事{job}专业工作已满{years}年。",
    ],
    "exemption_proof": [
        "兹证明{name}同志（身份证号码：{id_number}）现在{employer}工作，已于考试前取得相应专业资格，证书编号为{certificate_no}，"
        "按规定可免试{exam}考试部分科目。",
        "经审核，{employer}职工{name}，身份证号{id_number}，持有资格证书（编号{certificate_no}），符合{exam}考试免试部分科目条件。",
    ],
    "application_form": [
        "本人{name}，身份证号码{id_number}，现在{employer}工作，自愿报名参加{exam}考试。",
        "我叫{name}，公民身份号码为{id_number}，现就职于{employer}，申请报考{exam}考试，现将本人情况声明如下。",
    ],
    "diploma": [
        "学生{name}，性别{gender}，{birth_date}生，于{enrollment_date}至{graduation_date}在本校{major}专业{education_level}学习，"
        "修完教学计划规定的全部课程，成绩合格，准予毕业。",
        "{name}，{gender}，生于{birth_date}，自{enrollment_date}起在本校{major}专业学习，于{graduation_date}完成{education_level}学业，"
        "准予毕业。",
    ],
    "graduate_register": [
        "{name}，{gender}，{birth_date}出生，身份证号码{id_number}，于{enrollment_date}考入{school}{major}专业学习，"
        "{graduation_date}毕业，学历为{education_level}。",
    ],
    "party_school": [
        "兹证明{name}同志，性别{gender}，身份证号码{id_number}，于{enrollment_date}至{graduation_date}在{school}{major}专业"
        "学习，学历层次为{education_level}，学完规定课程，成绩合格，准予毕业。",
    ],
    "qualification_cert": [
        "{name}，{gender}，{birth_date}出生，身份证号码{id_number}，工作单位{employer}，经全国统一考试合格，"
        "取得{exam}资格，特发此证。",
    ],
    "tech_school_cert": [
        "经核查，{name}（{gender}，身份证号码{id_number}）于{enrollment_date}入读{school}{major}专业{class_type}，"
        "于{graduation_date}毕业，学籍真实有效。",
    ],
    "tech_school_query": [
        "经查询，{name}（{gender}，身份证号码{id_number}）于{enrollment_date}至{graduation_date}在{school}{major}专业"
        "{class_type}学习，毕业证书编号为{certificate_no}，信息与档案一致。",
    ],
    "hn_secondary_query": [
        "经查询，{name}，{gender}，身份证号码{id_number}，于{enrollment_date}至{graduation_date}就读于{school}{major}专业，"
        "学历为{education_level}，毕业证书编号{certificate_no}。",
    ],
    "hn_secondary_report": [
        "经认证，{name}（{gender}，身份证号码{id_number}）于{enrollment_date}入学，{graduation_date}毕业于{school}{major}专业，"
        "学历层次为{education_level}。",
    ],
    "chsi_record": [
        "{name}，{gender}，{birth_date}出生，于{enrollment_date}入学，{graduation_date}毕业于{school}{major}专业，"
        "学历层次为{education_level}，学历类别为{study_type}，毕业证书编号{certificate_no}，该学历已电子注册备案。",
    ],
    "chsi_report": [
        "经认证，{name}（{gender}，{birth_date}出生，身份证号码{id_number}）于{enrollment_date}至{graduation_date}在{school}"
        "{major}专业学习，取得{education_level}学历，学历类别为{study_type}，证书编号{certificate_no}，该学历真实有效。",
    ],
    "chsi_student_status": [
        "{name}，{gender}，{birth_date}出生，身份证号码{id_number}，于{enrollment_date}入学，现就读于{school}{major}专业，"
        "层次为{education_level}，学籍状态为在籍。",
    ],
    "cscse_report": [
        "经认证，{name}（{gender}，{birth_date}出生，身份证号码{id_number}）于{enrollment_date}至{graduation_date}在{school}"
        "{major}专业学习，获得相当于我国{education_level}水平的学位。",
    ],
}
# a field the opening leaves out, in a sentence of its own ({v} its printed value)
CLAUSES = {
    "name": ["持证人{v}"], "gender": ["性别{v}"], "birth_date": ["{v}出生"],
    "id_number": ["身份证号码为{v}", "公民身份号码{v}"], "phone": ["联系电话{v}", "手机号码为{v}"],
    "employer": ["现工作单位为{v}"], "school": ["毕业于{v}"], "major": ["所学专业为{v}"],
    "education_level": ["学历为{v}", "文化程度为{v}"], "study_type": ["学历类别为{v}"],
    "enrollment_date": ["于{v}入学"], "graduation_date": ["于{v}毕业", "毕业时间为{v}"],
    "certificate_no": ["证书编号为{v}", "毕业证书编号{v}"], "verification_code": ["在线验证码为{v}"],
    "update_date": ["信息更新于{v}"], "report_no": ["本报告编号为{v}"],
    "work_start": ["自{v}起参加工作", "于{v}参加工作至今"], "exam": ["报考{v}考试"],
    "class_type": ["就读{v}"],
}
# the short table of an 报名表-like declaration: the fields it takes first, and its row words
DECLARATION_TABLE = ("gender", "birth_date", "phone", "education_level", "school", "major", "graduation_date",
                     "work_start")
TABLE_WORDS = {"gender": "性别", "birth_date": "出生年月日", "phone": "本人手机", "education_level": "最高学历",
               "school": "毕业学校", "major": "毕业所学专业", "graduation_date": "毕业年月日",
               "work_start": "参加本专业工作时间"}
JOBS = ["会计", "工程技术", "造价管理", "统计", "审计", "社工服务", "药品质量管理", "规划设计", "安全管理", "消防设计"]
PROSE_TITLES = {
    "application_form": ["{exam_name}考试报名承诺书", "专业技术人员资格考试报考声明"],
    "chsi_record": ["教育部学历证书电子注册备案表"],
    "chsi_report": ["中国高等教育学历认证报告"],
    "chsi_student_status": ["教育部学籍在线验证报告"],
    "cscse_report": ["国（境）外学历学位认证书"],
    "diploma": ["毕业证书", "毕 业 证 书"],
    "exemption_proof": ["免试部分科目证明"],
    "graduate_register": ["毕业生登记表（本人简况）"],
    "hn_secondary_query": ["中等职业学校毕业证书查询结果说明"],
    "hn_secondary_report": ["中等职业学校学历认证报告"],
    "party_school": ["党校学历证明"],
    "qualification_cert": ["专业技术人员职业资格证书"],
    "tech_school_cert": ["技工院校学籍认证表"],
    "tech_school_query": ["技工院校毕业证书查询结果"],
    "work_proof": ["在职证明", "工作年限证明", "工作证明"],
}
# who the further sentences are about
SUBJECTS = {"application_form": ["本人", "另，本人"], "work_proof": ["该同志", "该职工"], "exemption_proof": ["该同志"],
            "qualification_cert": ["持证人"], "chsi_record": ["其", "该生"], "chsi_report": ["其"],
            "chsi_student_status": ["该生"], "cscse_report": ["其"]}
SUBJECT = ["该生", "其"]
# sentences that name no field, after the fields (per kind; the default for school documents)
REMARKS = {"work_proof": ["该同志工作认真负责，遵纪守法，无违法违纪记录。", "其劳动关系及社会保险关系均在我单位。"],
           "exemption_proof": ["以上情况经我单位人事部门核实无误。"],
           "application_form": ["本人已认真阅读报考条件，符合报名要求。"],
           "qualification_cert": ["本证书在全国范围内有效。"]}
REMARK = ["该生在校期间表现良好，无违纪处分记录。", "以上信息经核对与档案记载一致。"]
SALUTATIONS = ["湖南省人事考试院：", "长沙市人力资源和社会保障局：", "致：考试报名资格审核单位", "株洲市人事考试中心："]
ENDINGS = {"work_proof": ["特此证明。", "本证明仅用于报名资格审核，复印无效。"],
           "exemption_proof": ["特此证明。"],
           "application_form": ["以上情况属实，如有虚假，本人愿承担一切后果。", "特此声明。"],
           "diploma": [], "graduate_register": ["以上情况属实。"]}
ENDING = ["特此证明。"]
SIGN_WORDS = {"application_form": ["声明人（签名）：{name}", "承诺人：{name}"]}
OFFICE = ["经办人：{person}　联系电话：0731-{tel}", "联系人：{person}　电话：0731-{tel}"]
# the issuer named in the signature block and the seal: a field of the document or a fixed body
ISSUERS = {"work_proof": "employer", "exemption_proof": "employer", "application_form": "employer",
           "diploma": "school", "graduate_register": "school", "party_school": "school", "tech_school_cert": "school",
           "hn_secondary_report": "湖南省教育厅学历认证中心", "hn_secondary_query": "湖南省教育考试院",
           "tech_school_query": "湖南省职业技能鉴定中心", "qualification_cert": "湖南省人力资源和社会保障厅",
           "chsi_record": "全国高等学校学生信息咨询与就业指导中心", "chsi_report": "全国高等学校学生信息咨询与就业指导中心",
           "chsi_student_status": "全国高等学校学生信息咨询与就业指导中心", "cscse_report": "教育部留学服务中心"}

# --- columnar ----------------------------------------------------------------------------------
# column headers only pages about work (社保, 报名) or only pages about study print
WORK_ONLY, STUDY_ONLY = ("参保人姓名", "首次参保日期", "参保单位名称"), ("学生姓名",)
WORK_KINDS = ("work_proof", "application_form", "exemption_proof", "qualification_cert")
# column headers per field (exports name columns shortly; several are long enough to wrap)
COLUMN_WORDS = {
    "name": ["姓名", "考生姓名", "参保人姓名", "学生姓名", "人员姓名"],
    "gender": ["性别", "性别名称"],
    "birth_date": ["出生日期", "出生年月日", "公历出生日期"],
    "id_number": ["证件号码", "公民身份号码", "身份证件号码（居民身份证）"],
    "phone": ["手机号码", "联系手机", "移动电话号码", "常用手机号码"],
    "employer": ["单位名称", "参保单位名称", "现工作单位全称"],
    "school": ["学校名称", "院校名称", "毕业院校全称"],
    "major": ["专业名称", "所学专业名称", "修读专业"],
    "education_level": ["学历层次", "学历", "层次名称"],
    "study_type": ["学历类别", "教育类别名称"],
    "enrollment_date": ["入学日期", "入学时间（年月日）", "报到入学日期"],
    "graduation_date": ["毕业日期", "毕（结）业日期", "毕业（结业）时间"],
    "certificate_no": ["证书编号", "毕业证书编号", "毕业证编号"],
    "verification_code": ["在线验证码", "验证码（学信网）"],
    "update_date": ["数据更新日期", "更新时间", "最后更新日期"],
    "report_no": ["报告编号", "认证报告编号", "报告书编号", "报告流水号"],
    "work_start": ["参加工作日期", "首次参保日期", "从事本专业工作起始日期"],
    "exam": ["报考专业名称", "报考资格", "考试名称"],
    "class_type": ["班级层次", "培养层次（班型）"],
}
COLUMN_TITLES = {
    "application_form": ["{year}年度{exam_name}考试报名信息", "报名信息导出（{exam_name}）"],
    "chsi_record": ["教育部学历证书电子注册备案表（数据导出）"],
    "chsi_report": ["中国高等教育学历认证报告（认证结果）"],
    "chsi_student_status": ["教育部学籍在线验证报告（学籍信息）"],
    "cscse_report": ["国（境）外学历学位认证书（认证信息表）"],
    "diploma": ["毕业证书信息登记表", "高等教育毕业证书信息"],
    "exemption_proof": ["免试部分科目证明（审核信息表）"],
    "graduate_register": ["普通高等学校毕业生登记表（信息页）"],
    "hn_secondary_query": ["湖南省中等职业学校毕业证书查询结果"],
    "hn_secondary_report": ["中等职业学校学历认证报告（认证信息）"],
    "party_school": ["党校学历证明（学员信息）"],
    "qualification_cert": ["专业技术人员职业资格证书信息"],
    "tech_school_cert": ["技工院校学籍认证表（学籍信息）"],
    "tech_school_query": ["技工院校毕业证书查询结果"],
    "work_proof": ["社会保险个人参保缴费明细（工作年限证明）", "职工工作年限证明（参保信息）"],
}
# groups of a two-band header (the band above names the columns under it)
GROUPS = {"基本信息": ("name", "gender", "birth_date", "id_number", "phone"),
          "工作信息": ("employer", "work_start", "exam"),
          "学历信息": ("school", "major", "education_level", "study_type", "class_type", "enrollment_date",
                   "graduation_date", "certificate_no"),
          "报告信息": ("report_no", "update_date", "verification_code")}
# non-contract columns of the record table: (header, value); {n} a number
EXTRA_COLUMNS = [("序号", "1"), ("民族", "汉族"), ("政治面貌", "群众"), ("审核状态", "审核通过"), ("报名序号", "{n:08d}"),
                 ("学制", "4"), ("户籍所在地", "湖南省长沙市"), ("备注", "")]
# second tables: (caption, headers); rows are made by the family
HISTORY = {"work": ("工作经历", ("起止年月", "工作单位", "岗位（职务）")),
           "pay": ("缴费明细", ("缴费年月", "参保单位", "缴费基数（元）", "缴费月数")),
           "study": ("学习经历", ("起止年月", "学校", "担任职务"))}
HISTORY_OF = {"work_proof": ("pay", "work"), "application_form": ("work",), "exemption_proof": ("work",),
              "graduate_register": ("study",), "qualification_cert": ("work",)}
POSTS = ["技术员", "助理工程师", "会计", "项目经理", "科员", "出纳", "质检员", "班长", "学习委员", "团支书"]
FOOTERS = ["打印时间：{stamp}", "导出时间：{stamp}", "查询时间：{stamp}"]
HEADS = ["查询单位：{office}", "数据来源：{source}", "经办机构：{office}"]
OFFICES = ["长沙市社会保险服务中心", "湖南省人事考试院", "湖南省教育考试院", "株洲市人力资源服务中心"]
SOURCES = ["学信网", "湖南省社会保险信息系统", "中国人事考试网报名系统", "全国技工院校学籍管理系统"]
