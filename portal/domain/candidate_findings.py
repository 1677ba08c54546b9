"""What the automatic check found, worded for the candidate: one sentence per finding code saying
what is wrong with which material and what to do, in Chinese names only. The reviewer's evidence
(file, field, value read, value expected) stays in the finding itself; this never shows a code."""
from __future__ import annotations

from portal.domain import names

_SAME = "请确认上传的是本人的材料；如是识别有误，请上传更清晰、完整的文件"
_NUMBER = "{kind}上的学历证书编号{seen}与学历信息对不上，审核时将人工核实；如是识别有误，请上传更清晰的文件"
_ID_FILE = "{kind}上的身份证号码{problem}，" + _SAME
_ID_LIST = "名单上登记的身份证号码{problem}，请联系所在市州人社局核实"
_ID = {"id_format": "不是18位有效号码", "id_checksum": "末位校验码不正确", "id_birth_date": "中的出生日期无效",
       "id_region": "前两位不是有效的省份代码", "id_gender": "表示的性别与登记的性别不一致"}
# None: a note about how the file was read, which asks nothing of the candidate
SENTENCES: dict[str, str | None] = {
    "unreadable": "无法打开{kind}的文件（可能已损坏或已加密），请重新扫描或导出后上传",
    "unknown_kind": "未能认出上传到{kind}一栏的文件：请确认上传的是该材料本身，页面完整、清晰、端正",
    "reading_failed": "{kind}未能自动识别，审核时将人工查看；如文件不清晰，请重新上传",
    "fields_missing": "{kind}上有栏目未能读出{fields}，请上传更清晰、完整的文件",
    "student_status_report": "上传的是《教育部学籍在线验证报告》，它只证明在读学籍，不能证明毕业；"
                             "请上传《教育部学历证书电子注册备案表》或学历认证报告",
    "wrong_kind_in_slot": "上传到{kind}一栏的文件是{read_kind}，请在本栏上传{kind}",
    "kind_unrecognised": "未能确认上传的文件是{kind}：请确认文件正确，页面完整、清晰、端正",
    "evidence_missing": "还缺少{options}，请上传",
    "evidence_not_required": "本次核查不需要{read_kind}，该文件不作为审核依据，可以不上传",
    "name_mismatch": "{kind}上的姓名{seen}与名单上的姓名不一致，" + _SAME,
    "id_mismatch": "{kind}上的身份证号码与名单上登记的不一致，" + _SAME,
    "birth_date_mismatch": "{kind}上的出生日期{seen}与您的身份证号码不符，" + _SAME,
    "gender_mismatch": "{kind}上的性别{seen}与您的身份证号码不符，" + _SAME,
    "graduation_date_mismatch": "{kind}上的毕业日期{seen}与您自审填写的毕业日期{declared}不一致，请核对自审内容或材料",
    "education_mismatch": "{kind}上的学历层次{seen}与您自审填写的学历{declared}不一致，请核对自审内容或材料",
    "class_type_mismatch": "{kind}上的技工院校班级{seen}与您自审填写的班级{declared}不一致，请核对自审内容或材料",
    "work_start_later": "{kind}上的起始时间{seen}晚于您自审填写的参加相关专业工作时间{declared}，"
                        "请核对自审内容，或请单位出具列明全部工作经历的证明",
    "seal_missing": "{kind}上未发现单位红色公章，请加盖公章后上传彩色扫描件",
    "seal_unknown": "未能确认{kind}上是否盖有单位红色公章，请上传彩色扫描件",
    "phone_missing": "报名表上方未写明您本人的手机号码，请补写后重新上传",
    "phone_mismatch": "报名表上的手机号码与名单上登记的不一致，请核对",
    "id_foreign_permanent": "您使用的是外国人永久居留身份证，审核时将与证件原件核对",
    "vcode_missing": "未能从{kind}上读出在线验证码，请上传学信网下载的完整文件",
    "vcode_format": "{kind}上的在线验证码{seen}格式不正确，请上传学信网下载的原始文件",
    "vcode_unusual": "{kind}上的在线验证码较少见，审核时将到学信网核验",
    "vcode_legacy": "{kind}为旧版（12位在线验证码），建议到学信网重新申请新版后上传",
    "vcode_verify_url": "审核时将到学信网在线核验{kind}，请确保它在验证有效期内",
    "vcode_qr_mismatch": "{kind}上的二维码与印刷的在线验证码不一致，请上传学信网下载的原始文件，不要改动",
    "cert_no_missing": "未能从{kind}上读出证书编号，请上传更清晰、完整的文件",
    "cert_no_format": "{kind}上的学历证书编号{seen}位数不对，请核对或上传更清晰的文件",
    **dict.fromkeys(("cert_no_length", "cert_no_level", "cert_no_region", "cert_no_sitting", "cert_no_type",
                     "cert_no_school", "cert_no_year"), _NUMBER),
    "cscse_no_format": "{kind}上的认证书编号未能自动确认，审核时将到教育部留学服务中心网站核验",
    "checks_failed": "材料自动核对未能完成，审核时将人工核对，您无需操作",
    **{code: _ID_FILE for code in _ID},
    **dict.fromkeys(("blank_page", "no_text_layer", "qr_unreadable", "vcode_from_qr")),
}
# findings that already say why a file was not recognised (the slot's "not recognised" adds nothing)
_SAYS_WHY = {"unknown_kind", "student_status_report", "reading_failed", "unreadable"}
FALLBACK = {"fail": "{kind}有不符合要求之处，请检查文件是否正确、清晰、完整后重新上传",
            "warn": "{kind}有内容未能自动确认，审核时将人工核实", "info": None}


def _quoted(field, value) -> str:
    return f"（{names.value(field, value)}）" if value not in (None, "") else ""


def _facts(f: dict, slot: str | None) -> dict:
    read, expected = f.get("read"), f.get("expected")
    kinds = [k for k in str(expected or "").split("|") if k in names.codes("kind")]
    fields = [names.name("field", c) for c in str(expected or "").split(";") if c in names.codes("field")]
    return {"kind": f"《{names.kind(slot)}》" if slot else "该材料",
            "read_kind": f"《{names.kind(read)}》" if read in names.codes("kind") else "其他材料",
            "options": "或".join(f"《{names.kind(k)}》" for k in kinds) or "所需材料",
            "fields": f"（{'、'.join(fields)}）" if fields else "",
            "seen": _quoted(f.get("field"), read), "declared": _quoted(f.get("field"), expected),
            "problem": _ID.get(f.get("code"), "")}


def sentence(f: dict, slot: str | None = None) -> str | None:
    """The candidate's sentence for a finding about the material of `slot` (None: nothing to say)."""
    code, expected = f.get("code"), f.get("expected")
    slot = slot or (expected if expected in names.codes("kind") else None)
    text = SENTENCES[code] if code in SENTENCES else FALLBACK.get(f.get("severity"), FALLBACK["warn"])
    if code in _ID and not f.get("file"):
        text = _ID_LIST
    return None if text is None else text.format(**_facts(f, slot)) + "。"


def for_candidate(findings: list[dict], slot: str | None = None) -> list[dict]:
    """Findings as the candidate reads them ({"severity", "field", "message"}), each sentence once;
    a file not recognised is said once, by the most telling of its findings."""
    codes = {f.get("code") for f in findings}
    out: dict[str, dict] = {}
    for f in findings:
        if f.get("code") == "kind_unrecognised" and codes & _SAYS_WHY:
            continue
        text = sentence(f, slot)
        if text is None:
            continue
        kept = out.setdefault(text, {"severity": f["severity"], "field": f.get("field"), "message": text})
        if f["severity"] == "fail":
            kept["severity"] = "fail"
    return list(out.values())
