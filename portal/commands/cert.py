"""`portal cert …`: issuing unit and series configuration, batch issuance, revocation,
verification, uploaded-PDF check, e-certificate PDF and the ministry report."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from portal.commands import CliError
from portal.commands._system import database, operator
from portal.domain.errors import ServiceError

ACTIONS = {}
CHECK_EXIT = {"valid": 0, "revoked": 3, "unknown": 4, "tampered": 1}


def action(name, help_text):
    def wrap(fn):
        ACTIONS[name] = (fn, help_text)
        return fn
    return wrap


def register(sub) -> None:
    p = sub.add_parser("cert", help="证书 certificates: issue, revoke, verify, report")
    acts = p.add_subparsers(dest="cert_action", metavar="ACTION", required=True)
    args = {
        "unit": [("--unit", dict(required=True)), ("--body", dict(required=True)), ("--user", dict(type=int, default=0)),
                 ("--scheme", dict(default="hunan"))],
        "series": [("code", {}), ("name", {})],
        "issue": [("--list", dict(type=int, dest="list_id")), ("--case", dict(type=int, action="append", dest="cases")),
                  ("--exam-date", dict(type=dt.date.fromisoformat, required=True)), ("--series", dict(required=True)),
                  ("--method", dict(default="2")), ("--specialty", {})],
        "revoke": [("cert_no", {}), ("--reason", dict(required=True)), ("--fraud", dict(action="store_true"))],
        "verify": [("cert_no", {}), ("--id-number", dict(required=True)), ("--phone", dict(required=True))],
        "check-pdf": [("file", {})],
        "pdf": [("cert_no", {}), ("-o", dict(dest="output", required=True))],
        "report": [("--from", dict(dest="first", type=dt.date.fromisoformat, required=True)),
                   ("--to", dict(dest="last", type=dt.date.fromisoformat, required=True)),
                   ("-o", dict(dest="output", required=True))],
    }
    for name, (fn, help_text) in ACTIONS.items():
        ap = acts.add_parser(name, help=help_text)
        for flag, kw in args[name]:
            ap.add_argument(flag, **kw)
        ap.set_defaults(func=lambda a, fn=fn: _run(fn, a))


def _run(fn, args) -> int:
    try:
        return fn(database(args), operator(), args)
    except ServiceError as exc:
        raise CliError(exc.message, 1) from exc


@action("unit", "设置当前发证单位 set the issuing unit of an admin account")
def _unit(db, me, a):
    from portal.services.certificates import config
    row = config.set_issuing_unit(db, me, user_id=a.user, unit_code=a.unit, body_name=a.body, scheme=a.scheme)
    print(f"issuing unit of user {row['user_id']}: {row['unit_code']} {row['unit_name']} ({row['body_name']})")
    return 0


@action("series", "添加系列代码 add a series code")
def _series(db, me, a):
    from portal.services.certificates import config
    config.add_series(db, me, a.code, a.name)
    print(f"series {a.code} {a.name}")
    return 0


@action("issue", "批量发证 issue to final passers")
def _issue(db, me, a):
    from portal.services.certificates.issue import issue_certificates
    res = issue_certificates(db, me, obtained_on=a.exam_date, series=a.series, list_id=a.list_id,
                             case_ids=a.cases, method=a.method, specialty=a.specialty)
    nos = [n for _, n in res["issued"]]
    print(f"batch {res['batch_id']}: issued {res['count']} certificates ({nos[0]} … {nos[-1]})")
    return 0


@action("revoke", "撤销证书 revoke (--fraud: with every certificate obtained on its basis)")
def _revoke(db, me, a):
    from portal.services.certificates.revoke import revoke_certificate
    for no in revoke_certificate(db, me, a.cert_no, reason=a.reason, fraud=a.fraud):
        print(f"revoked {no}")
    return 0


@action("verify", "查验证书 verify with number + ID number + phone")
def _verify(db, me, a):
    from portal.services.certificates.verify import verify_certificate
    res = verify_certificate(db, cert_no=a.cert_no, id_number=a.id_number, phone=a.phone, client="cli")
    print(f"{res['status']}: {res['message']}")
    return 0 if res["status"] == "valid" else 1


@action("check-pdf", "查验电子证书PDF：有效 / 已撤销 / 未查到 / 已篡改 (exit 0 / 3 / 4 / 1)")
def _check_pdf(db, me, a):
    from portal.services.certificates.upload_check import MAX_BYTES as MAX_UPLOAD
    from portal.services.certificates.verify import check_uploaded_certificate
    path = Path(a.file)
    if not path.is_file():
        raise CliError(f"文件不存在：{path}", 2)
    if path.stat().st_size > MAX_UPLOAD:
        raise CliError(f"文件过大（{path.stat().st_size} 字节）：电子证书PDF不超过{MAX_UPLOAD // 2**20}MB", 2)
    res = check_uploaded_certificate(db, path.read_bytes())
    print(f"{res['answer']}：{res['detail']}" + (f"（证书编号 {res['cert_no']}）" if res["cert_no"] else ""))
    return CHECK_EXIT[res["status"]]


@action("pdf", "导出电子证书PDF write an e-certificate PDF")
def _pdf(db, me, a):
    from portal.services.certificates import common
    Path(a.output).write_bytes(common.certificate_pdf(db, me, a.cert_no))
    print(f"written {a.output}")
    return 0


@action("report", "部报表 ministry report (.csv or .xlsx)")
def _report(db, me, a):
    from portal.services.certificates.report import ministry_report
    fmt = Path(a.output).suffix.lstrip(".").lower()
    Path(a.output).write_bytes(ministry_report(db, me, first=a.first, last=a.last, fmt=fmt))
    print(f"written {a.output}")
    return 0
