"""Small generators for workflow tests: valid ID numbers, candidate lists as CSV/XLSX, principals."""
from __future__ import annotations

import csv
import random
from pathlib import Path

import openpyxl

from checks.idnumber import check_digit
from portal.domain.units import all_codes
from portal.services.people.auth import Principal

HEADER_ZH = ["姓名", "身份证号", "手机号码", "考试", "级别", "考试年度", "市州", "工作单位", "成绩"]
HEADER_EN = ["name", "id_number", "phone", "exam", "level", "exam_year", "city", "employer", "scores"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂"


def make_id(n: int, area: str = "430102", birth: str = "19900101") -> str:
    first17 = f"{area}{birth}{n % 1000:03d}"
    return first17 + check_digit(first17)


def make_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def make_row(n: int, **over) -> list:
    rng = random.Random(n)
    row = {"name": make_name(rng), "id_number": make_id(n), "phone": f"138{n:08d}",
           "exam": "经济专业技术资格", "level": "中级", "exam_year": "2021", "city": "长沙市",
           "employer": "湖南建工集团有限公司", "scores": "85"}
    row.update(over)
    return [row[k] for k in HEADER_EN]


def write_csv(path: Path, rows, header=HEADER_ZH, encoding="utf-8") -> Path:
    with open(path, "w", encoding=encoding, newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def write_xlsx(path: Path, rows, header=HEADER_ZH) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def province_admin() -> Principal:
    return Principal(user_id=1, role="admin", cities=all_codes(), display_name="省管理员")


def city_admin(city="4301") -> Principal:
    return Principal(user_id=2, role="admin", cities=(city,), display_name="市管理员")
