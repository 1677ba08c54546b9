"""Public read models (no login): current rounds and their windows, published pass lists with
masked ID numbers and no phone numbers. Composed from the rounds and publication_lists services."""
from __future__ import annotations

from portal.domain import names
from portal.domain.errors import NotFound
from portal.publish import rows as list_rows
from portal.services.cases import rounds
from portal.services.publication import lists as publication_lists
from portal.services.views.reference import city_names, exam_names, level_names
from portal.store import clock
from portal.store import rows as store_rows


def current_rounds(db) -> list[dict]:
    """Every round with its window state in words, newest exam year first."""
    now = clock.now()
    with db.read() as cur:
        found = store_rows.many(cur, "select_rounds")
    exams = exam_names()
    return [{"name": r["name"], "exam": exams.get(r["exam"], "全部考试") if r["exam"] else "全部考试",
             "exam_year": r["exam_year"], "opens_at": r["opens_at"], "closes_at": r["closes_at"],
             "return_days": r["return_days"],
             "window": names.name("window", rounds.window_state(r, now))} for r in found]


def published_lists(db) -> list[dict]:
    """Published and final pass lists, as anyone may see them."""
    return publication_lists.list_pass_lists(db, None)


def public_entries(db, list_id: int, name_query: str = "") -> tuple[list[str], list[tuple]]:
    """Header and rows of a published list (masked IDs, no phones), filtered by a name fragment."""
    if list_id not in {r["id"] for r in published_lists(db)}:
        raise NotFound("该公示名单不存在或尚未发布")
    with db.read() as cur:
        entries = store_rows.many(cur, "select_pass_list_entries", {"list_id": list_id})
    shaped = list_rows.shape(entries, public=True, names=(exam_names(), level_names(), city_names()))
    query = "".join((name_query or "").split())
    header = [label for _, label in list_rows.columns(True)]
    return header, [r for r in shaped if query in str(r[1])]
