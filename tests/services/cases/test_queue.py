"""City queues: oldest first, flags visible, filters and paging, and 16 reviewers at once."""
import threading

import pytest

from portal.domain.errors import Conflict
from portal.services.cases import decisions, queue
from portal.services.people.auth import Principal
from portal.store.db import Database
from portal.store.seed import seed_submitted_cases


@pytest.fixture
def seeded():
    db = Database(":memory:")
    db.migrate()
    seed_submitted_cases(db, 300, cities=["4301", "4302"])
    yield db
    db.close()


def reviewer(n, cities=("4301",)):
    return Principal(user_id=100 + n, role="reviewer", cities=tuple(cities), display_name=f"审核员{n}")


def test_a_page_lists_the_city_oldest_first_with_flags_and_a_total(seeded):
    page = queue.queue_page(seeded, reviewer(1), page=1, size=50)
    assert page["total"] == 150 and len(page["rows"]) == 50
    times = [r["queued_at"] for r in page["rows"]]
    assert times == sorted(times) and {r["city"] for r in page["rows"]} == {"4301"}
    assert {r["flagged"] for r in page["rows"]} == {True, False}
    last = queue.queue_page(seeded, reviewer(1), page=3, size=50)
    assert len(last["rows"]) == 50 and last["rows"][-1]["queued_at"] >= times[-1]


def test_filters_narrow_the_page_and_its_total(seeded):
    flagged = queue.queue_page(seeded, reviewer(1), flagged=True, level="junior")
    assert flagged["rows"] and all(r["flagged"] and r["level"] == "junior" for r in flagged["rows"])
    assert flagged["total"] == len(flagged["rows"])
    queue.claim_next(seeded, reviewer(1))
    in_review = queue.queue_page(seeded, reviewer(1), status="in_review")
    assert in_review["total"] == 1 and in_review["rows"][0]["lease_owner"] == 101
    assert queue.queue_page(seeded, reviewer(1), exam="statistics")["total"] == 0


def test_claim_next_takes_the_oldest_unleased_case(seeded):
    first = queue.claim_next(seeded, reviewer(1))
    second = queue.claim_next(seeded, reviewer(2))
    rows = queue.queue_page(seeded, reviewer(1), size=3)["rows"]
    assert [first["id"], second["id"]] == [r["case_id"] for r in rows[:2]]


def test_a_case_held_by_one_reviewer_cannot_be_claimed_by_another(seeded):
    first = queue.claim_next(seeded, reviewer(1))
    with pytest.raises(Conflict, match="已被其他审核员领取"):
        queue.claim_case(seeded, reviewer(2), first["id"])


@pytest.mark.slow
def test_sixteen_reviewers_empty_the_queue_without_sharing_a_case(seeded):
    claimed, errors = [], []
    lock = threading.Lock()

    def work(n):
        me = reviewer(n, ("4301", "4302"))
        try:
            while (case := queue.claim_next(seeded, me)) is not None:
                with lock:
                    claimed.append((case["id"], n))
                if case["id"] % 3:
                    decisions.pass_case(seeded, me, case["id"])
                else:
                    decisions.fail_case(seeded, me, case["id"], reasons=["学历不符"], not_eligible=False)
        except Exception as exc:  # any error is a test failure, reported below
            errors.append(repr(exc))

    threads = [threading.Thread(target=work, args=(n,)) for n in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    ids = [c for c, _ in claimed]
    assert len(ids) == len(set(ids)) == 300
    assert len({n for _, n in claimed}) > 1
    with seeded.read() as cur:
        assert cur.execute("SELECT count(*) FROM queue_entries").fetchone()[0] == 0
        states = dict(cur.execute("SELECT state, count(*) FROM cases GROUP BY 1").fetchall())
        claims = cur.execute("SELECT count(*) FROM audit_log WHERE action = 'claim'").fetchone()[0]
    assert states == {"passed": 200, "failed": 100} and claims == 300


def test_keyset_paging_walks_the_whole_filtered_queue_without_gaps(seeded):
    seen, after = [], None
    while True:
        page = queue.queue_page(seeded, reviewer(1), flagged=False, size=40, after=after, with_total=False)
        seen += [r["case_id"] for r in page["rows"]]
        if page["next_after"] is None:
            break
        after = page["next_after"]
    numbered = queue.queue_page(seeded, reviewer(1), flagged=False, size=200)
    assert seen == [r["case_id"] for r in numbered["rows"]][:len(seen)] and len(seen) == numbered["total"]


def test_the_head_never_passes_an_open_entry_so_nothing_is_skipped(seeded, monkeypatch):
    monkeypatch.setattr(queue, "HEAD_EVERY", 1)
    me, other = reviewer(1), reviewer(2)
    held = queue.claim_next(seeded, other)          # stays open, leased, at the front
    for _ in range(5):
        decisions.pass_case(seeded, me, queue.claim_next(seeded, me)["id"])
    with seeded.read() as cur:
        head = cur.execute("SELECT head FROM queue_heads WHERE city = '4301'").fetchone()[0]
        qseq = cur.execute("SELECT qseq FROM queue_entries WHERE case_id = $id", {"id": held["id"]}).fetchone()[0]
    assert head == qseq
    queue.release_case(seeded, other, held["id"])
    assert queue.claim_next(seeded, me)["id"] == held["id"]
