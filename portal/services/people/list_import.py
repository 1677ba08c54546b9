"""Importing the authority's list of candidates to check (附件1 名单): one transaction per file.
Each accepted row creates or updates its candidate and its case (a draft); re-importing the same
file changes nothing; rejected rows keep their row number and reason."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from portal.domain import list_rows as domain_list_rows
from portal.services.people import list_file
from portal.services.people.auth import Principal, actor_fields, require_role
from portal.store import audit
from portal.store.queries import q


@dataclass
class ImportReport:
    accepted: list = field(default_factory=list)   # (row, "new"|"updated"|"unchanged", case_id)
    rejected: list = field(default_factory=list)   # (row, raw dict, reason)
    note: str | None = None
    names: dict = field(default_factory=dict)      # row -> candidate's name, for accepted rows


def _validate(principal, rows, report) -> list:
    seen, good = {}, []
    for number, raw in rows:
        row, why = domain_list_rows.parse(raw)
        if row and row.key() in seen:
            first, digest = seen[row.key()]
            why = (f"重复行：与第{first}行相同" if digest == row.digest()
                   else f"重复：与第{first}行为同一考生同一考试同一年度")
        elif row and not principal.covers(row.city):
            why = "该市州不在您的管辖范围内"
        if why:
            report.rejected.append((number, raw, why))
            continue
        seen[row.key()] = (number, row.digest())
        good.append((number, row))
    return good


_COLS = ("name", "id_number", "phone", "exam", "level", "exam_year", "city", "employer", "scores")
_CASE_FIELDS = ("level", "city", "employer", "scores")


def _frame(rows, status) -> pa.Table:
    data = {c: [getattr(r, c) for _, r in rows] for c in _COLS}
    data["gender"] = [("男" if int(r.id_number[16]) % 2 else "女") for _, r in rows]
    data["row_hash"] = [r.digest() for _, r in rows]
    data["status"] = status
    data["line"] = [number for number, _ in rows]  # the row's number in the file: new ids follow it
    return pa.table(data)


def _classify(cur, good, report) -> tuple[list, list]:
    """Status per row: new / updated / unchanged; a changed row of a submitted case is rejected."""
    cur.register("list_rows", _frame(good, [""] * len(good)))
    try:
        found = {tuple(r[:3]): r[3:] for r in cur.execute(q("select_list_matches")).fetchall()}
    finally:
        cur.unregister("list_rows")
    keep, status = [], []
    for number, row in good:
        match = found.get(row.key())
        if match is None:
            keep.append((number, row)), status.append("new")
            continue
        state, row_hash, *case_values = match
        if row_hash == row.digest():
            keep.append((number, row)), status.append("unchanged")
        elif state != "draft" and tuple(case_values) != tuple(getattr(row, f) for f in _CASE_FIELDS):
            report.rejected.append((number, None, "案件已提交，名单中的级别、市州、单位或成绩不能再修改"))
        else:
            keep.append((number, row)), status.append("updated")
    return keep, status


def _reserve(cur, what: str) -> int:
    """The first of as many consecutive ids of `what` (candidate, case) as the list brings new ones,
    taken from its sequence: new candidates and cases are numbered in the list's row order."""
    n = cur.execute(q(f"count_new_list_{what}s")).fetchone()[0]
    if not n:
        return 0
    return cur.execute(q(f"reserve_{what}_ids"), {"n": n}).fetchone()[0] - n + 1


def _apply(cur, good, report) -> dict:
    keep, status = _classify(cur, good, report)
    changed = {"new": [], "updated": []}
    if not keep:
        return changed
    cur.register("list_rows", _frame(keep, status))
    try:
        cur.execute(q("insert_candidates_from_list"), {"first": _reserve(cur, "candidate")})
        cur.execute(q("update_candidates_from_list"))
        cur.execute(q("insert_cases_from_list"), {"first": _reserve(cur, "case")})
        cur.execute(q("update_cases_from_list"))
        ids = {tuple(r[:3]): r[3] for r in cur.execute(q("select_list_case_ids")).fetchall()}
    finally:
        cur.unregister("list_rows")
    for (number, row), st in zip(keep, status):
        report.accepted.append((number, st, ids[row.key()]))
        report.names[number] = row.name
        if st != "unchanged":
            changed[st].append(ids[row.key()])
    return changed


def import_candidates(db, principal: Principal, path: str | Path) -> ImportReport:
    """Read the list file, validate every row, apply the good ones in one transaction."""
    require_role(principal, "admin")
    rows, note = list_file.read(path)
    report = ImportReport(note=note)
    good = _validate(principal, rows, report)
    with db.transaction() as cur:
        changed = _apply(cur, good, report) if good else {"new": [], "updated": []}
        if changed["new"] or changed["updated"]:
            digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
            audit.append(cur, **actor_fields(principal), action="import_candidates",
                         entity="candidate_list", entity_id=digest[:16], before=None,
                         after={"file": Path(path).name, "new_cases": changed["new"],
                                "updated_cases": changed["updated"],
                                "accepted": len(report.accepted), "rejected": len(report.rejected)})
    report.rejected.sort(key=lambda r: r[0])
    return report
