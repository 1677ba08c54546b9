"""Higher-education certificate numbers (学历证书编号), position by position.

Sources: 教学〔2001〕4号 and its reposted text, 浙教办高教〔2008〕80号, a university's publication of
the same rule. 普通/成人 (and the 18-digit 自考 form): 5 school code, 1 办学类型, 4 graduation year,
2 培养层次, then the school's sequence (6 digits; 5 in the 17-digit numbers of 2001-2003).
自考/学历文凭考试 (17 digits, first digit 6): 1 办学类型, 1 培养层次 (5 本科, 6 专科), 2 province,
2 prefecture, 2 county (GB/T 2260), 2 year code, 1 sitting (1/2), 5 准考证 sequence, 1 check digit.
Level digits are official (fail); type, year and province are warnings; the 自考 year code and check
digit are not checked (their encoding is not published)."""
from __future__ import annotations

import datetime as dt

from checks.finding import finding
from checks.idnumber import PROVINCES

LEVEL_DIGITS = {"01": "doctor", "02": "master", "04": "second_bachelor", "05": "bachelor", "06": "junior_college"}
SELF_STUDY_LEVELS = {"5": "bachelor", "6": "junior_college"}
TYPE_WORDS = {"1": "普通", "5": "成人", "6": "自学考试", "7": "网络"}
SELF_STUDY_WORDS = ("自学考试", "自考", "学历文凭")


def is_self_study_17(num: str) -> bool:
    return len(num) == 17 and num[0] == "6"


def self_study(num: str, ev: dict, education_level=None, study_type=None) -> list[dict]:
    """The 17-digit 自考 structure; each rejected position is named with what it should hold."""
    out = []
    level = SELF_STUDY_LEVELS.get(num[1])
    if level is None:
        out.append(finding("cert_no_level", "fail",
                           f"自考证书编号第2位“{num[1]}”不是有效的培养层次代码（5为本科，6为专科）", **ev))
    elif education_level and level != education_level:
        out.append(finding("cert_no_level", "fail", "自考证书编号第2位的培养层次与“层次”不符",
                           expected=education_level, **ev))
    if int(num[2:4]) not in PROVINCES:
        out.append(finding("cert_no_region", "warn",
                           f"自考证书编号第3–4位“{num[2:4]}”不是有效的省级行政区代码，请核对", **ev))
    if num[10] not in "12":
        out.append(finding("cert_no_sitting", "warn",
                           f"自考证书编号第11位“{num[10]}”不是考次代码（1为上半年，2为下半年），请核对", **ev))
    if study_type and not any(w in study_type for w in SELF_STUDY_WORDS):
        out.append(finding("cert_no_type", "warn",
                           f"证书编号为自学考试编号（17位、首位为6），与学历类别“{study_type}”不符，请核对", **ev))
    return out


def school(num: str, ev: dict, year=None, education_level=None, study_type=None, today=None) -> list[dict]:
    """The school structure of an 18-digit (or 2001-2003 17-digit) number, position by position."""
    today = today or dt.date.today()
    out = []
    if num[:5] == "00000":
        out.append(finding("cert_no_school", "fail", "证书编号第1–5位“00000”不是学校代码", **ev))
    word = TYPE_WORDS.get(num[5])
    if word is None:
        out.append(finding("cert_no_type", "warn",
                           f"证书编号第6位“{num[5]}”不是已知的办学类型代码（1普通、5成人、6自考、7网络），请核对", **ev))
    elif study_type and word not in study_type and not (word == "自学考试" and "自考" in study_type):
        out.append(finding("cert_no_type", "warn",
                           f"证书编号第6位办学类型（{word}）与学历类别“{study_type}”不符，请核对", **ev))
    printed = int(num[6:10])
    if not 2001 <= printed <= today.year + 1:
        out.append(finding("cert_no_year", "fail",
                           f"证书编号第7–10位“{num[6:10]}”不是有效的毕业年份（电子注册自2001年起）", **ev))
    elif year and printed != year:
        out.append(finding("cert_no_year", "warn",
                           f"证书编号第7–10位年份 {num[6:10]} 与毕业年份 {year} 不同（可能为补注册或结业换证），请核对",
                           expected=str(year), **ev))
    level = LEVEL_DIGITS.get(num[10:12])
    if level is None:
        out.append(finding("cert_no_level", "fail",
                           f"证书编号第11–12位“{num[10:12]}”不是有效的培养层次代码（01博士、02硕士、04第二学士、05本科、06专科）",
                           **ev))
    elif education_level and level != education_level:
        out.append(finding("cert_no_level", "fail", "证书编号第11–12位的培养层次与“层次”不符",
                           expected=education_level, **ev))
    return out
