"""学信网 备案表 / 认证报告 checks: online verification code and the certificate number.

The code is 16 upper-case letters/digits (legacy: 12 digits), as public parsers of the 学信网 report
describe it; a leading letter other than A, or I/O in it, is only unusual (warn). Certificate numbers
are checked position by position in `checks.certno`."""
from __future__ import annotations

import re

from checks import certno
from checks.finding import finding

VERIFY_URL = "https://www.chsi.com.cn/xlcx/bg.do?vcode={code}&srcid=bgcx"


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


def verify_url(code) -> str | None:
    """The 学信网 online verification address for a well-formed code, else None."""
    value = re.sub(r"[\s-]", "", str(code or "")).upper()
    return VERIFY_URL.format(code=value) if re.fullmatch(r"[A-Z0-9]{16}|\d{12}", value) else None


def _url(code: str, file) -> dict:
    return finding("vcode_verify_url", "info", "请在验证有效期内到学信网在线核验：" + VERIFY_URL.format(code=code),
                   file=file, field="verification_code", read=code)


def certificate_no(number, *, file=None, graduation_date=None, education_level=None, study_type=None,
                   today=None) -> list[dict]:
    """Structure of an 18-digit, a 2001-2003 17-digit or a 17-digit 自考 certificate number."""
    ev = {"file": file, "field": "certificate_no"}
    if not number:
        return [finding("cert_no_missing", "warn", "未读出证书编号，请人工核对原件", **ev)]
    num = re.sub(r"[\s-]", "", str(number))
    ev["read"] = num
    if not num.isdigit() or len(num) not in (17, 18):
        return [finding("cert_no_format", "fail", "学历证书编号应为18位数字（自考及2001–2003年为17位）", **ev)]
    if certno.is_self_study_17(num):
        return certno.self_study(num, ev, education_level, study_type)
    year = int(graduation_date[:4]) if graduation_date else None
    out = []
    if len(num) == 17 and not (year and 2001 <= year <= 2003):
        out.append(finding("cert_no_length", "warn",
                           "17位学历证书编号只在2001–2003年使用（自考编号首位为6），请核对", **ev))
    return out + certno.school(num, ev, year, education_level, study_type, today)


def cscse_number(number, *, file=None) -> list[dict]:
    """CSCSE 认证书编号: 12 digits since 2019, or the older 教留服认 X[YYYY]NNNNN号 form (教育部留学服务中心)."""
    ev = {"file": file, "field": "report_no", "read": number}
    value = re.sub(r"\s", "", str(number or ""))
    if re.fullmatch(r"\d{12}", value) or re.fullmatch(r"教留服认\S+\[\d{4}\]\d+号", value):
        return []
    return [finding("cscse_no_format", "warn", "认证书编号不是已知格式（12位数字或“教留服认…[年份]…号”），请到留服中心网站人工核验", **ev)]
