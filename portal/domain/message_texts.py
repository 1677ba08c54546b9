"""What the portal tells a person, in Chinese written for them: the in-site message (title, body) and
the SMS for each event. An SMS names no ID or phone number and no internal code; times are Beijing
time with the date (`2026-12-07 17:00（北京时间）`)."""
from __future__ import annotations

import datetime as dt

from portal.domain import names
from portal.domain.times import beijing

SIGN = "【考后核查】"


def exam_words(exam: str, level: str | None, exam_year: int | None = None) -> str:
    """`2021年度经济专业技术资格（中级）`: the exam as the candidate knows it."""
    label = names.name("exam", exam)
    if level and level != "single":
        label += f"（{names.name('level', level)}）"
    return f"{exam_year}年度{label}" if exam_year else label


def returned(exam: str, deadline: dt.datetime, items: list[str]) -> tuple[str, str, str]:
    listed = "；".join(f"{n}. {item}" for n, item in enumerate(items, 1))
    due = beijing(deadline)
    body = (f"您的{exam}核查材料已被退回，请在 {due} 前登录系统，按以下意见一次性补正后重新提交："
            f"{listed}。逾期未重新提交的，视为放弃补正。")
    sms = f"{SIGN}您的{exam}核查材料需要补正，请于{due}前登录考后核查系统查看退回意见并重新提交。"
    return "核查材料被退回，请补正", body, sms


def decided(exam: str, passed: bool, reasons: list[str] | None = None) -> tuple[str, str, str]:
    if passed:
        body = f"您的{exam}考后人工核查结果：通过。您将被列入合格人员名单进行公示，请留意后续通知。"
        return "核查结果：通过", body, f"{SIGN}您的{exam}考后人工核查结果为：通过。详情请登录考后核查系统查看。"
    why = "；".join(reasons or [])
    body = (f"您的{exam}考后人工核查结果：不通过。" + (f"原因：{why}。" if why else "")
            + "按规定本次考试成绩无效，不予发放证书。如有疑问，请联系所在市州人力资源和社会保障局。")
    return "核查结果：不通过", body, f"{SIGN}您的{exam}考后人工核查结果为：不通过。详情请登录考后核查系统查看。"


def deadline_near(exam: str, deadline: dt.datetime) -> tuple[str, str, str]:
    due = beijing(deadline)
    body = f"您的{exam}核查材料补正将于 {due} 截止，请尽快登录系统补正并重新提交，逾期将不能再提交。"
    return "补正即将截止", body, f"{SIGN}您的{exam}核查材料补正将于{due}截止，请尽快登录考后核查系统重新提交。"


def listed(title: str, start: dt.date, end: dt.date) -> tuple[str, str, str]:
    period = f"{start.isoformat()} 至 {end.isoformat()}"
    body = f"您已列入《{title}》，公示期为 {period}。公示期满无异议的，将按规定发放证书。"
    return "您已列入合格人员公示名单", body, f"{SIGN}您已列入{title}，公示期{period}，详情请登录考后核查系统查看。"


def certified_template() -> tuple[str, str, str]:
    """Title, body and SMS with `{qualification}` and `{cert_no}` left for each holder (a batch is
    written by one statement that fills them in)."""
    body = "您的{qualification}证书已签发，证书编号 {cert_no}。请登录系统在“我的核查”中下载电子证书。"
    sms = SIGN + "您的{qualification}证书已签发，证书编号{cert_no}，请登录考后核查系统下载电子证书。"
    return "资格证书已签发", body, sms


def certified(qualification: str, cert_no: str) -> tuple[str, str, str]:
    title, body, sms = certified_template()
    return title, body.format(qualification=qualification, cert_no=cert_no), \
        sms.format(qualification=qualification, cert_no=cert_no)


def resubmitted(name: str, exam: str, case_id: int) -> tuple[str, str]:
    """To the reviewer: title and body (no SMS: staff read them in the portal)."""
    return ("考生已重新提交材料",
            f"考生{name}的{exam}核查材料已按退回意见重新提交（案件 {case_id}），已回到待审队列，请及时审核。")
