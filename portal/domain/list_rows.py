"""Validating one row of the candidate list: normalised values or the reason it is rejected."""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass

from checks import idnumber, normalize
from portal.domain import names, units


@dataclass(frozen=True)
class ListRow:
    name: str
    id_number: str
    phone: str
    exam: str
    level: str
    exam_year: int
    city: str
    employer: str
    scores: str

    def key(self) -> tuple:
        return (self.id_number, self.exam, self.exam_year)

    def digest(self) -> str:
        return hashlib.sha256(json.dumps(asdict(self), sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def _level(exam: str, text: str) -> str | None:
    from rules import aliases
    if text:
        return aliases.level_code(exam, text)
    return aliases.level_code(exam, "") or aliases.level_code(exam, "single")


def parse(raw: dict) -> tuple[ListRow | None, str | None]:
    from rules import aliases
    values = {k: normalize.clean(v) for k, v in raw.items()}
    empty = [names.name("column", f) for f in ("name", "id_number", "phone", "exam", "exam_year", "city")
             if not values[f]]
    if empty:
        return None, "必填项为空：" + "、".join(empty)
    if type(raw["id_number"]).__name__ == "NumberCell" and len(values["id_number"]) >= 16:
        return None, "身份证号单元格为数字格式（Excel 只保留15位有效数字），请将该列设为文本后重新导入"
    id_number = normalize.id_number(raw["id_number"])
    if (why := idnumber.problem(id_number)):
        return None, why
    phone = normalize.phone(raw["phone"])
    if len(phone) != 11 or not phone.startswith("1"):
        return None, f"手机号码格式错误：{values['phone']}"
    exam = aliases.exam_code(values["exam"])
    if exam is None:
        return None, f"未知考试：{values['exam']}"
    level = _level(exam, values["level"])
    if level is None:
        return None, f"未知级别或该考试无此级别：{values['level'] or '（空）'}"
    if not values["exam_year"].isdigit() or not 2000 <= int(values["exam_year"]) <= 2100:
        return None, f"考试年度无效：{values['exam_year']}"
    city = units.city_code(values["city"])
    if city is None:
        return None, f"未知市州：{values['city']}"
    return ListRow(values["name"], id_number, phone, exam, level,
                   int(values["exam_year"]), city, values["employer"], values["scores"]), None
