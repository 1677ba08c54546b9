"""The SMS of each kind of message: one text message (at most 70 characters, the signature
included), naming no ID or phone number and no internal code, with the exam as the candidate knows
it and times in Beijing time with the date. Each comes with the variables a gateway's own template
for that kind fills in (the gateway is given the template of the message's purpose)."""
from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from portal.domain.times import beijing

SIGN = "【考后核查】"
LIMIT = 70  # characters of one SMS, the signature included
# Filled in per holder by the statement that writes a certificate batch's SMS.
CERTIFIED = "您的{qualification}证书已签发，证书编号{cert_no}，请登录系统下载电子证书。"


class Sms(NamedTuple):
    text: str
    params: dict


def _sms(text: str, **params) -> Sms:
    return Sms(SIGN + text, {name: str(value) for name, value in params.items()} | {"content": SIGN + text})


def returned(exam: str, deadline: dt.datetime) -> Sms:
    due = beijing(deadline)
    return _sms(f"您的{exam}核查材料需补正，请于{due}前登录系统查看并重新提交。", exam=exam, deadline=due)


def decided(exam: str, passed: bool) -> Sms:
    result = "通过" if passed else "不通过"
    return _sms(f"您的{exam}考后人工核查结果为：{result}，详情请登录系统查看。", exam=exam, result=result)


def deadline_near(exam: str, deadline: dt.datetime) -> Sms:
    due = beijing(deadline)
    return _sms(f"您的{exam}核查材料补正将于{due}截止，请尽快登录系统重新提交。", exam=exam, deadline=due)


def window_closing(exam: str, closes_at: dt.datetime) -> Sms:
    due = beijing(closes_at)
    return _sms(f"您的{exam}核查材料尚未提交，将于{due}截止，请尽快登录系统提交。", exam=exam, deadline=due)


def listed(exam: str, start: dt.date, end: dt.date) -> Sms:
    period = f"{start.isoformat()}至{end.isoformat()}"
    return _sms(f"您已列入{exam}合格人员公示名单，公示期{period}，详情请登录系统查看。", exam=exam, period=period)


def certified(qualification: str, cert_no: str) -> Sms:
    return _sms(CERTIFIED.format(qualification=qualification, cert_no=cert_no), qualification=qualification,
                cert_no=cert_no)
