"""`portal demo`: load the demo data through the services, replaying a few days of activity (the
portal's clock is set back while each step runs, so queues, trails and the dashboard look lived-in)."""
from __future__ import annotations

import csv
import datetime as dt
import re
import tempfile
from pathlib import Path

from portal.demo.people import at, spec
from portal.demo.scans import file_format, scan
from portal.domain import candidate_text
from portal.domain.units import all_codes
from portal.services.cases import decisions, queue, rounds, submission
from portal.services.certificates import public_url
from portal.services.documents import attaching
from portal.services.people import accounts, codes, list_import, messages
from portal.services.people.auth import Principal
from portal.services.publication import lists
from portal.services.views import admin as admin_view
from portal.services.views import history
from portal.store import clock

DEMO_PUBLIC_URL = "https://demo-address-change-before-use.invalid"
OPERATOR = Principal(user_id=0, role="admin", cities=all_codes(), display_name="命令行管理员")
SUBMITTING = ("passed_published", "passed", "submitted", "returned", "failed")


def is_empty(db) -> bool:
    """No case and no staff account yet (a fresh database)."""
    return not history.search_all(db, OPERATOR, page_size=1) and not admin_view.staff_list(db, OPERATOR)


def _import(db, people: list[dict], year: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo_list.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["姓名", "身份证号", "手机号码", "考试", "级别", "考试年度", "市州", "工作单位", "成绩"])
            for p in people:
                w.writerow([p["name"], p["id_number"], p["phone"], p["exam"], p["level"] if p["level"] != "single" else "",
                            year, p["city"], p["employer"], "公共科目 78；专业科目 85"])
        report = list_import.import_candidates(db, OPERATOR, path)
    if report.rejected:
        raise RuntimeError(f"demo list rejected rows: {report.rejected}")


def load_demo(db, *, formats: str = "mixed", log=print) -> dict:
    """Create staff, an open round, the list, and every candidate's story, all in one transaction
    (the services' own transactions nest in it), so a failure leaves the database empty.
    Returns the logins. `formats`: see `portal.demo.scans.file_format`."""
    with db.transaction():
        return _load(db, formats, log)


def _load(db, formats: str, log) -> dict:
    data, now = spec(), clock.now().replace(second=0, microsecond=0)
    day = lambda n, h=10, m=0: (now - dt.timedelta(days=n)).replace(hour=h, minute=m)  # noqa: E731
    year = now.year - 1
    with at(day(8)):
        for s in data["staff"]:
            cities = list(all_codes()) if s["cities"] == "all" else s["cities"]
            accounts.create_staff(db, OPERATOR, username=s["username"], role=s["role"], display_name=s["display_name"],
                                  cities=cities, password=s["password"])
        r = data["round"]
        rounds.create_round(db, OPERATOR, exam_year=year, name=r["name"].format(year=year),
                            opens_at=day(r["opens_days_ago"], 9, 30),
                            closes_at=(now + dt.timedelta(days=r["closes_in_days"])).replace(hour=17, minute=0),
                            return_days=r["return_days"])
        _import(db, data["candidates"], year)
    staff = {s["username"]: accounts.login(db, s["username"], s["password"]) for s in data["staff"]}
    reviewer = {"4301": staff["cs_reviewer"], "4302": staff["zz_reviewer"]}
    for n, person in enumerate(data["candidates"]):
        if person["story"] == "first_login":
            continue
        with at(day(6, 9, n)):
            who = _first_login(db, person, data["candidate_password"])
        case_id = submission.my_cases(db, who)[0]["id"]
        person["case_id"] = case_id
        if "declared" not in person:
            continue
        with at(day(6, 10, n)):
            verdict = submission.save_self_check(db, who, case_id, person["declared"])
        if person["story"] not in SUBMITTING:
            continue
        log(f"  {person['name']}：生成并上传 {len(verdict['required_kinds'])} 份材料")
        for kind in verdict["required_kinds"]:
            name, content = scan(kind, person, person["declared"], (person.get("docs") or {}).get(kind),
                                 fmt=file_format(kind, formats))
            with at(day(5, 10, n)):
                attaching.attach_upload(db, who, case_id, slot=kind, filename=name, data=content)
        with at(day(5, 11, n)):
            submission.submit_case(db, who, case_id, background=False)
        _decide(db, reviewer[person["city"]], person, verdict, day(3 if n % 2 else 2, 9 + n % 6, 5))
    _publish(db, staff["admin"], data["candidates"], year, day(1, 9))
    # a reserved .invalid name: clearly not a real address; a bureau sets its own before issuing
    public_url.set_public_url(db, OPERATOR, DEMO_PUBLIC_URL)
    return {"staff": data["staff"], "candidate_password": data["candidate_password"], "candidates": data["candidates"]}


def _first_login(db, person: dict, password: str) -> Principal:
    """The candidate's first login as a person does it: a code to the listed phone (read from the
    embedded outbox, the demo's phone), then the password."""
    codes.request_code(db, person["id_number"])
    sent = next(m["body"] for m in messages.list_outbox(db, OPERATOR, limit=1))
    return codes.set_password_with_code(db, person["id_number"], re.search(r"\d{6}", sent).group(0), password)


def _decide(db, reviewer: Principal, person: dict, verdict: dict, moment: dt.datetime) -> None:
    story, case_id = person["story"], person["case_id"]
    if story not in ("passed_published", "passed", "returned", "failed"):
        return
    with at(moment):
        queue.claim_case(db, reviewer, case_id)
    with at(moment + dt.timedelta(minutes=12)):
        if story == "returned":
            decisions.return_case(db, reviewer, case_id, items=person["return_items"])
        elif story == "failed":
            reasons = [candidate_text.reason(r["code"], r["message"]) for r in verdict["reasons"]] or ["工作年限不符合报考条件"]
            decisions.fail_case(db, reviewer, case_id, reasons=reasons, not_eligible=True,
                                not_eligible_reason="不符合报考条件：" + "；".join(reasons))
        else:
            decisions.pass_case(db, reviewer, case_id, note="材料齐全，信息一致")


def _publish(db, admin: Principal, people: list[dict], year: int, moment: dt.datetime) -> None:
    """Publish the 长沙 economics pass list, so the public page has a notice to show."""
    with at(moment):
        built = lists.build_pass_list(db, admin, exam="economics", exam_year=year, city="4301")
        lists.review_pass_list(db, admin, built["id"])
        lists.publish_pass_list(db, admin, built["id"], start=moment.date(), publisher="长沙市人力资源和社会保障局（演示）",
                                objection_unit="长沙市人社局专业技术人员管理处（演示）", objection_phone="0731-00000000")
