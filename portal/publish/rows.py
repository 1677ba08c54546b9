"""Pass-list rows for export: the public version masks ID numbers and leaves out phones;
the internal version carries full data. Input rows are dicts from the list-entry query."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from portal.domain import names as code_names
from portal.domain.masking import mask_id

# A list is for one exam, named in its title, so the exam is not repeated on every row.
PUBLIC_COLUMNS = (("seq", "序号"), ("name", "姓名"), ("id_masked", "身份证号"), ("level_name", "级别"),
                  ("employer", "工作单位"), ("city_name", "市州"))
INTERNAL_COLUMNS = (("seq", "序号"), ("case_id", "案件号"), ("name", "姓名"), ("gender", "性别"),
                    ("id_number", "身份证号"), ("phone", "手机号码"), ("exam_name", "考试"),
                    ("level_name", "级别"), ("employer", "工作单位"), ("city_name", "市州"),
                    ("status_name", "状态"), ("note", "变更记录"))


def columns(public: bool) -> tuple[tuple[str, str], ...]:
    return PUBLIC_COLUMNS if public else INTERNAL_COLUMNS


def shape(entries: Iterable[dict], *, public: bool, names=None) -> Iterator[tuple]:
    """Tuples in column order; the public version lists only entries still on the list."""
    exam_names, level_names, city_names = names or ({}, {}, {})
    derived = {"id_masked": lambda e: mask_id(e.get("id_number")),
               "exam_name": lambda e: exam_names.get(e.get("exam"), e.get("exam")),
               "level_name": lambda e: level_names.get(e.get("level"), e.get("level")),
               "city_name": lambda e: city_names.get(e.get("city"), e.get("city")),
               "status_name": lambda e: code_names.name("entry_status", e.get("status"))}
    # one getter per column after the sequence number, chosen once rather than per row
    getters = [derived.get(key) or (lambda e, key=key: e.get(key)) for key, _ in columns(public)[1:]]
    seq = 0
    for e in entries:
        if public and e.get("status") == "removed":
            continue
        seq += 1
        values = [get(e) for get in getters]
        yield (seq, *["" if v is None else v for v in values])
