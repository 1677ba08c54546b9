"""学信网 备案表 / 认证报告 checks: online verification code and the 18-digit certificate number.

学信网 verification and CHSI certificate numbering: the code is 16 upper-case letters/digits (legacy: 12 digits); a leading
letter other than A, or I/O in it, is only unusual (warn). The certificate number is 5 school code,
1 办学类型, 4 graduation year, 2 培养层次, 6 sequence; 17 digits were used for 2001-2003. The level
digits are official (fail on mismatch); type and year are warnings (late registration, 结业→毕业
keeps its number); 自考 numbers are built differently and skip the structure checks."""
from __future__ import annotations

import re

from checks.finding import finding

VERIFY_URL = "https://www.chsi.com.cn/xlcx/bg.do?vcode={code}&srcid=bgcx"
LEVEL_DIGITS = {"01": "doctor", "02": "master", "04": "second_bachelor", "05": "bachelor", "06": "junior_college"}
TYPE_WORDS = {"1": "普通", "5": "成人", "6": "自学考试", "7": "网络"}


def verification_code(code, *, file=None) -> list[dict]:
    ev = {"file": file, "field": "verification_code"}
    if not code:
        return [finding("vcode_missing", "warn", "未读出在线验证码，无法在学信网核验，请人工核对原件", **ev)]
    value = re.sub(r"[\s-]", "", str(code)).upper()
    ev["read"] = value
    if re.fullmatch(r"\d{12}", value):
        return [finding("vcode_legacy", "info", "旧版12位数字在线验证码：请在学信网核验，或请考生重新申请新版备案表", **ev),
                _url(value, file)]
    if not re.fullmatch(r"[A-Z0-9]{16}", value):
        return [finding("vcode_format", "fail", "在线验证码格式不符：应为16位大写字母或数字（旧版为12位数字）",
                        expected="16位大写字母数字", **ev)]
    out = [_url(value, file)]
    if value[0] != "A" or set(value) & {"I", "O"}:
        out.append(finding("vcode_unusual", "warn", "在线验证码少见（通常以A开头且不含字母I、O），请在学信网核验", **ev))
    return out


def _url(code: str, file) -> dict:
    return finding("vcode_verify_url", "info", "请在验证有效期内到学信网在线核验：" + VERIFY_URL.format(code=code),
                   file=file, field="verification_code", read=code)


def certificate_no(number, *, file=None, graduation_date=None, education_level=None, study_type=None) -> list[dict]:
    """Structure of an 18-digit (or 2001-2003 17-digit) higher-education certificate number."""
    ev = {"file": file, "field": "certificate_no"}
    if not number:
        return [finding("cert_no_missing", "warn", "未读出证书编号，请人工核对原件", **ev)]
    num = re.sub(r"\s", "", str(number))
    ev["read"] = num
    year = int(graduation_date[:4]) if graduation_date else None
    if not num.isdigit() or len(num) not in (17, 18):
        return [finding("cert_no_format", "fail", "学历证书编号应为18位数字（2001–2003年可为17位）", **ev)]
    self_study = num[5] == "6" or "自学考试" in (study_type or "")
    if len(num) == 17 and not (year and 2001 <= year <= 2003):
        return [finding("cert_no_length", "warn", "17位学历证书编号只在2001–2003年使用，请核对", **ev)]
    if self_study:
        return []  # 自考 numbers follow another structure (CHSI numbering rules for 自学考试): nothing more is firm
    out = []
    level = LEVEL_DIGITS.get(num[10:12])
    if level is None:
        out.append(finding("cert_no_level", "fail", f"证书编号第11–12位“{num[10:12]}”不是有效的培养层次代码", **ev))
    elif education_level and level != education_level:
        out.append(finding("cert_no_level", "fail", "证书编号第11–12位的培养层次与“层次”不符",
                           expected=education_level, **ev))
    if year and int(num[6:10]) != year:
        out.append(finding("cert_no_year", "warn", f"证书编号第7–10位年份 {num[6:10]} 与毕业年份 {year} 不同（可能为补注册或结业换证），请核对",
                           expected=str(year), **ev))
    word = TYPE_WORDS.get(num[5])
    if study_type and word and word not in study_type:
        out.append(finding("cert_no_type", "warn", f"证书编号第6位办学类型（{word}）与学历类别“{study_type}”不符，请核对", **ev))
    elif study_type and word is None:
        out.append(finding("cert_no_type", "warn", f"证书编号第6位“{num[5]}”不是已知的办学类型代码", **ev))
    return out


def cscse_number(number, *, file=None) -> list[dict]:
    """CSCSE 认证书编号: 12 digits since 2019, or the older 教留服认 X[YYYY]NNNNN号 form (教育部留学服务中心)."""
    ev = {"file": file, "field": "report_no", "read": number}
    value = re.sub(r"\s", "", str(number or ""))
    if re.fullmatch(r"\d{12}", value) or re.fullmatch(r"教留服认\S+\[\d{4}\]\d+号", value):
        return []
    return [finding("cscse_no_format", "warn", "认证书编号不是已知格式（12位数字或“教留服认…[年份]…号”），请到留服中心网站人工核验", **ev)]
