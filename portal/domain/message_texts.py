"""What the portal tells a person, in Chinese written for them: the in-site message (title, body) and
the SMS (`sms_texts`) for each event, about one exam (`exam`, `level`, `exam_year` of a case or
list). Nothing names an ID or phone number or an internal code; times are Beijing time with the
date (`2026-12-07 17:00（北京时间）`)."""
from __future__ import annotations

import datetime as dt

from portal.domain import names, sms_texts
from portal.domain.sms_texts import Sms
from portal.domain.times import beijing


def exam_words(exam: str, level: str | None, exam_year: int | None = None) -> str:
    """`2021年度经济专业技术资格（中级）`: the exam as the candidate knows it (the SMS leaves out the year)."""
    label = names.name("exam", exam)
    if level and level != "single":
        label += f"（{names.name('level', level)}）"
    return f"{exam_year}年度{label}" if exam_year else label


def _words(of: dict) -> tuple[str, str]:
    return exam_words(of["exam"], of.get("level"), of.get("exam_year")), exam_words(of["exam"], of.get("level"))


def returned(case: dict, deadline: dt.datetime, items: list[str]) -> tuple[str, str, Sms]:
    exam, short = _words(case)
    listed = "；".join(f"{n}. {item}" for n, item in enumerate(items, 1))
    body = (f"您的{exam}核查材料已被退回，请在 {beijing(deadline)} 前登录系统，按以下意见一次性补正后重新提交："
            f"{listed}。逾期未重新提交的，视为放弃补正。")
    return "核查材料被退回，请补正", body, sms_texts.returned(short, deadline)


def decided(case: dict, passed: bool, reasons: list[str] | None = None) -> tuple[str, str, Sms]:
    exam, short = _words(case)
    if passed:
        body = f"您的{exam}考后人工核查结果：通过。您将被列入合格人员名单进行公示，请留意后续通知。"
        return "核查结果：通过", body, sms_texts.decided(short, True)
    why = "；".join(reasons or [])
    body = (f"您的{exam}考后人工核查结果：不通过。" + (f"原因：{why}。" if why else "")
            + "按规定本次考试成绩无效，不予发放证书。如有疑问，请联系所在市州人力资源和社会保障局。")
    return "核查结果：不通过", body, sms_texts.decided(short, False)


def deadline_near(case: dict, deadline: dt.datetime) -> tuple[str, str, Sms]:
    exam, short = _words(case)
    body = f"您的{exam}核查材料补正将于 {beijing(deadline)} 截止，请尽快登录系统补正并重新提交，逾期将不能再提交。"
    return "补正即将截止", body, sms_texts.deadline_near(short, deadline)


def window_closing(case: dict, closes_at: dt.datetime) -> tuple[str, str, Sms]:
    exam, short = _words(case)
    body = (f"您的{exam}核查材料尚未提交，提交将于 {beijing(closes_at)} 截止。请尽快登录系统完成自审、上传材料并提交，"
            "逾期将不能再提交。")
    return "材料提交即将截止", body, sms_texts.window_closing(short, closes_at)


def listed(pass_list: dict, start: dt.date, end: dt.date) -> tuple[str, str, Sms]:
    period = f"{start.isoformat()} 至 {end.isoformat()}"
    body = f"您已列入《{pass_list['title']}》，公示期为 {period}。公示期满无异议的，将按规定发放证书。"
    return "您已列入合格人员公示名单", body, sms_texts.listed(_words(pass_list)[1], start, end)


def certified_template() -> tuple[str, str, str]:
    """Title, body and SMS with `{qualification}` and `{cert_no}` left for each holder (a batch is
    written by one statement that fills them in)."""
    body = "您的{qualification}证书已签发，证书编号 {cert_no}。请登录系统在“我的核查”中下载电子证书。"
    return "资格证书已签发", body, sms_texts.SIGN + sms_texts.CERTIFIED


def resubmitted(name: str, case: dict) -> tuple[str, str]:
    """To the reviewer: title and body (no SMS: staff accounts have no phone number)."""
    return ("考生已重新提交材料", f"考生{name}的{_words(case)[0]}核查材料已按退回意见重新提交（案件 {case['id']}），"
            "已回到待审队列，请及时审核。")
