"""The dashboard's most frequent fail reasons and return items, as a counter maintained per process:
counted once by SQL, then brought up to date from only the decisions recorded since (decision_facts
rows are inserted with ever-growing op ids and never changed), so a view reads the new rows only.
Should rows ever disappear (a restored backup), the counter is rebuilt from scratch."""
from __future__ import annotations

import threading
import weakref
from collections import Counter
from dataclasses import dataclass, field

from portal.store import rows

_LOCK = threading.Lock()


@dataclass
class _Tally:
    upto: int = 0    # the newest op id counted
    total: int = 0   # decisions counted
    by_city: dict[str, Counter] = field(default_factory=dict)   # city -> Counter[(op, reason)]


_TALLIES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _refresh(db, tally: _Tally) -> _Tally:
    with db.read() as cur:
        version = rows.one(cur, "select_decision_facts_version", {"since": tally.upto})
        if version["total"] != tally.total + version["newer"]:  # something was removed: count again
            tally = _Tally()
            version = rows.one(cur, "select_decision_facts_version", {"since": 0})
        if version["newer"]:
            for r in rows.many(cur, "select_reason_tally_since", {"since": tally.upto}):
                tally.by_city.setdefault(r["city"], Counter())[(r["op"], r["reason"])] += r["n"]
        tally.upto, tally.total = version["newest"], version["total"]
    return tally


def top(db, cities, limit: int) -> list[dict]:
    """[{op, reason, n}] of the decisions in `cities`, most frequent first (then by reason), at most `limit`."""
    with _LOCK:
        tally = _TALLIES[db] = _refresh(db, _TALLIES.get(db) or _Tally())
        summed = Counter()
        for city in cities:
            summed.update(tally.by_city.get(city, {}))
    ranked = sorted(summed.items(), key=lambda item: (-item[1], item[0][1], item[0][0]))
    return [{"op": op, "reason": reason, "n": n} for (op, reason), n in ranked[:limit]]
