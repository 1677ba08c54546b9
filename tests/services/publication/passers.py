"""Passers for publication and certificate tests: candidates imported through the list-import
service whose cases have passed the manual check, and lists taken through their notice period."""
from __future__ import annotations

import csv
import random

from checks.idnumber import check_digit
from portal.domain.units import all_codes
from portal.services.people.auth import Principal
from portal.services.people.list_import import import_candidates

CONTACT = {"publisher": "长沙市人力资源和社会保障局", "objection_unit": "长沙市人社局专业技术人员管理处",
           "objection_phone": "0731-88888888"}
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华"


def make_id(rng: random.Random, county: str = "430102") -> str:
    first17 = f"{county}{rng.randint(1970, 2000)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    return first17 + check_digit(first17)


def make_candidates(n: int, *, seed: int = 7, city: str = "4301", exam: str = "economics",
                    level: str = "intermediate", year: int = 2026) -> list[dict]:
    rng = random.Random(seed)
    ids = set()
    out = []
    while len(out) < n:
        id_number = make_id(rng)
        if id_number in ids:
            continue
        ids.add(id_number)
        out.append({"name": rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.randint(1, 2))),
                    "id_number": id_number, "phone": f"13{rng.randint(0, 9)}{rng.randint(10_000_000, 99_999_999)}",
                    "exam": exam, "level": level, "exam_year": year, "city": city,
                    "employer": f"长沙市第{rng.randint(1, 99)}建设有限公司", "scores": "72;80"})
    return out


def province_admin() -> Principal:
    return Principal(user_id=1, role="admin", cities=all_codes(), display_name="省管理员")


def city_admin(city: str = "4301", user_id: int = 2) -> Principal:
    return Principal(user_id=user_id, role="admin", cities=(city,), display_name="市管理员")


def load_passed(db, tmp_path, people: list[dict], state: str = "passed") -> list[int]:
    """Import `people` (CSV through the real import service) and put their cases in `state`."""
    path = tmp_path / f"list_{len(people)}_{people[0]['id_number']}.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(people[0]))
        w.writeheader()
        w.writerows(people)
    report = import_candidates(db, province_admin(), path)
    assert not report.rejected, report.rejected
    ids = [p["id_number"] for p in people]
    with db.transaction() as cur:  # the review decision is tested in tests/services/cases; these tests start after it
        cur.execute("UPDATE cases SET state = $s WHERE candidate_id IN "
                    "(SELECT id FROM candidates WHERE list_contains($ids, id_number))", {"s": state, "ids": ids})
        rows = cur.execute("SELECT c.id FROM cases c JOIN candidates p ON p.id = c.candidate_id "
                           "WHERE list_contains($ids, p.id_number) ORDER BY c.id", {"ids": ids}).fetchall()
    return [r[0] for r in rows]


def final_list(db, tmp_path, n: int = 5, *, seed: int = 7, city: str = "4301", level: str = "intermediate",
               admin=None) -> tuple[int, list[int]]:
    """A list of `n` passers taken through review, publication and the end of its notice period."""
    import datetime as dt

    from portal.demo.people import at
    from portal.services.publication import lists
    admin = admin or province_admin()
    cases = load_passed(db, tmp_path, make_candidates(n, seed=seed, city=city, level=level))
    row = lists.build_pass_list(db, admin, exam="economics", exam_year=2026, level=level, city=city)
    lists.review_pass_list(db, admin, row["id"])
    with at(dt.datetime(2026, 9, 1, 9, 0)):
        lists.publish_pass_list(db, admin, row["id"], **CONTACT)
    with at(dt.datetime(2026, 9, 30, 9, 0)):
        lists.finalise_pass_list(db, admin, row["id"])
    from portal.services.certificates.public_url import set_public_url
    set_public_url(db, province_admin(), "https://zhicheng.example.gov.cn")
    return row["id"], cases
