"""Batch issuance for final passers: numbers from per-prefix serial pools (gapless, in issue order,
extended automatically), each certificate signed and recorded in one transaction with its audit event."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pyarrow as pa

from portal.certs import GRADE_NAMES, CodeError, scheme, signing
from portal.certs.fonts import printable_name
from portal.certs.grades import grade_of
from portal.domain.errors import Conflict, InvalidInput
from portal.services.certificates.common import now, signing_key
from portal.services.certificates.config import issuing_unit, series_names
from portal.services.certificates.public_url import require_public_url
from portal.services.people import notify
from portal.services.people.auth import Principal, actor_fields, require_role
from portal.store import audit
from portal.store import rows as store_rows
from portal.store.queries import q

POOL_BLOCK = 1000


def issue_certificates(db, principal: Principal, *, obtained_on: dt.date, series: str, list_id: int | None = None,
                       case_ids: list[int] | None = None, method: str = "2", specialty: str | None = None,
                       issued_on: dt.date | None = None) -> dict:
    """Issue to the final passers of a list (`list_id`) or a selection (`case_ids`), or both.
    `obtained_on` is the exam date (以考代评); `series` the two-digit series code."""
    require_role(principal, "admin")
    require_public_url(db)  # every certificate carries it; a dead link would be printed otherwise
    unit = issuing_unit(db, principal.user_id)
    if unit is None:
        raise Conflict("请先设置本账号的当前发证单位（证书管理 → 发证单位与系列），再发放证书")
    if list_id is None and not case_ids:
        raise InvalidInput("请选择要发证的名单或考生")
    known_series = series_names(db)
    code_scheme, key, stamp = scheme(unit["scheme"]), signing_key(db), now()
    issued_on = issued_on or stamp.date()
    with db.transaction() as cur:
        cases = store_rows.dicts(cur.execute(q("select_final_cases_for_issue"), {
            "list_id": list_id, "all_cases": not case_ids, "case_ids": [int(c) for c in case_ids or []],
            "cities": list(principal.cities)}))
        if not cases:
            raise Conflict("没有可发证的考生：只有公示期满、名单已确认且尚未发证的考生可以发证")
        groups, heads = defaultdict(list), {}  # the prefix depends only on the grade: checked once each
        for case in cases:
            grade = grade_of(case["level"])
            if grade is None:
                raise InvalidInput(f"案件 {case['case_id']}：{case['level']} 级别不颁发资格证书")
            if grade not in heads:
                try:
                    heads[grade] = code_scheme.prefix(grade=grade, series=series, year=obtained_on.year,
                                                      method=method, unit_code=unit["unit_code"],
                                                      series_list=known_series or None)
                except CodeError as exc:
                    raise InvalidInput(f"当前发证单位不能为该批证书编号（案件 {case['case_id']}）：{exc}") from exc
            groups[heads[grade]].append((case, grade))
        serials = {head: _allocate(cur, code_scheme, head, unit, obtained_on.year, len(group), stamp)
                   for head, group in groups.items()}
        batch_id = \
            cur.execute(q("next_cert_batch_id")).fetchall()[0][0]
        records, order = [], 0
        for head, group in groups.items():
            pool_id, first = serials[head]
            for offset, (case, grade) in enumerate(group):
                order += 1
                records.append(_record(case, grade, code_scheme.compose(head, first + offset), pool_id,
                                       first + offset, batch_id, order, unit, series, known_series, specialty,
                                       obtained_on, issued_on, stamp, principal, key))
        table = pa.Table.from_pylist(records)
        cur.register("cert_batch", table)
        try:
            cur.execute(q("insert_certificates_batch"))
            certified = cur.execute(q("update_cases_certified"), {"now": stamp}).fetchall()[0][0]
        finally:
            cur.unregister("cert_batch")
        if certified != len(records):
            raise Conflict("发证过程中有案件状态发生变化，本批未发放，请重试")
        issued = [(r["case_id"], r["cert_no"]) for r in records]
        notify.certificates_issued(cur, batch_id)
        audit.append(cur, **actor_fields(principal), action="certificates.issue", entity="cert_batch",
                     entity_id=batch_id, before=None,
                     after={"unit": unit["unit_code"], "count": len(issued), "certificates": issued})
    return {"batch_id": batch_id, "count": len(issued), "issued": issued}


def _allocate(cur, code_scheme, head: str, unit: dict, year: int, n: int, stamp) -> tuple[int, int]:
    """Reserve n consecutive serials of the pool for `head`; add blocks when it runs out."""
    found = cur.execute(q("select_serial_pool"), {"scheme": code_scheme.NAME, "prefix": head}).fetchall()
    if not found:
        pool_id = cur.execute(q("insert_serial_pool"), {"scheme": code_scheme.NAME, "prefix": head,
                              "unit_code": unit["unit_code"], "year": year, "now": stamp}).fetchall()[0][0]
        first, capacity = 1, 0
    else:
        pool_id, first, capacity = found[0]
    last = first + n - 1
    if last > code_scheme.MAX_SERIAL:
        left = max(code_scheme.MAX_SERIAL - first + 1, 0)
        raise Conflict(f"编号前缀 {head} 的流水号已不足：本批需要 {n} 个，只剩 {left} 个"
                       f"（最大 {code_scheme.MAX_SERIAL}）")
    while capacity < last:
        block_end = min(capacity + POOL_BLOCK, code_scheme.MAX_SERIAL)
        cur.execute(q("insert_serial_pool_block"), {"pool_id": pool_id, "first_serial": capacity + 1,
                    "last_serial": block_end, "reason": "created" if capacity == 0 else "extended", "now": stamp})
        capacity = block_end
    updated = cur.execute(q("update_serial_pool"), {"pool_id": pool_id, "next_serial": last + 1,
                          "capacity": capacity, "expected_next": first}).fetchall()[0][0]
    if updated != 1:
        raise Conflict("证书编号库被同时修改，本批未发放，请重试")
    return pool_id, first


def _record(case, grade, cert_no, pool_id, serial, batch_id, order, unit, series, known_series, specialty,
            obtained_on, issued_on, stamp, principal, key) -> dict:
    from rules.aliases import EXAMS, LEVEL_NAMES
    exam_name = EXAMS.get(case["exam"], case["exam"])
    qualification = exam_name if case["level"] == "single" else f"{exam_name}（{LEVEL_NAMES.get(case['level'], '')}）"
    fields = {"cert_no": cert_no, "scheme": unit["scheme"], "name": case["name"],
              "name_printed": printable_name(case["name"]), "gender": case["gender"] or "",
              "id_number": case["id_number"], "submitting_unit": case["employer"] or "",
              "qualification": qualification, "level": GRADE_NAMES[grade],
              "series": known_series.get(series, exam_name), "specialty": specialty or "",
              "issuing_body": unit["body_name"], "obtained_on": obtained_on.isoformat(),
              "issued_on": issued_on.isoformat()}
    return {**fields, "pool_id": pool_id, "serial": serial, "batch_id": batch_id, "batch_order": order,
            "case_id": case["case_id"], "candidate_id": case["candidate_id"], "basis_cert_id": None,
            "phone": case["phone"], "exam": case["exam"], "level": case["level"], "level_name": fields["level"],
            "unit_code": unit["unit_code"], "city": case["city"], "obtained_on": obtained_on,
            "issued_on": issued_on, "issued_at": stamp, "issued_by": principal.user_id,
            "signature": signing.sign(key, fields), "key_id": _key_id(key)}


def _key_id(key) -> str:
    cached = getattr(_key_id, "cache", None)
    if cached is None or cached[0] is not key:
        cached = _key_id.cache = (key, signing.key_id(key.public_key()))
    return cached[1]
