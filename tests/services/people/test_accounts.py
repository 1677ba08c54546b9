"""Accounts: argon2 hashes, one answer for unknown user and wrong password, throttling per account
and client, server-side sessions that a deactivation, password or city change ends at once."""
import pytest

from portal.domain.errors import InvalidInput, PermissionDenied
from portal.services.cases import queue
from portal.services.people import accounts, locks, sessions, staff
from portal.store import audit


def _events(db, action):
    with db.read() as cur:
        return cur.execute("SELECT count(*) FROM audit_log WHERE action = $a", {"a": action}).fetchone()[0]


def test_passwords_are_stored_as_argon2_hashes(world):
    with world.db.read() as cur:
        hashes = [r[0] for r in cur.execute("SELECT password_hash FROM users WHERE role <> 'candidate'").fetchall()]
    assert hashes and all(h.startswith("$argon2id$") and "Passw0rd1" not in h for h in hashes)


def test_unknown_user_and_wrong_password_get_the_same_answer_and_both_are_audited(world):
    answers = []
    for name in ("cs1", "nobody-here", "430102199001019999"):
        with pytest.raises(InvalidInput) as err:
            accounts.login(world.db, name, "wrong-pass1")
        answers.append(err.value.message)
    assert answers == [answers[0]] * 3 and "次" not in answers[0]
    assert _events(world.db, "login_failed") == 3
    with world.db.read() as cur:
        ids = [r[0] for r in cur.execute("SELECT entity_id FROM audit_log WHERE action = 'login_failed'").fetchall()]
    assert "430102199001019999" not in ids  # ID numbers are masked in the trail


def test_an_unknown_user_is_checked_against_a_dummy_hash(world, monkeypatch):
    from portal.services.people import passwords
    seen, real = [], passwords._hasher

    class Watching:
        def hash(self, password):
            return real.hash(password)

        def verify(self, stored, password):
            seen.append(stored)
            return real.verify(stored, password)
    monkeypatch.setattr(passwords, "_hasher", Watching())
    with pytest.raises(InvalidInput):
        accounts.login(world.db, "nobody-here", "wrong-pass1")
    assert seen and seen[0].startswith("$argon2id$")


def test_five_failures_make_only_that_client_wait_and_the_wait_grows(world):
    for _ in range(5):
        with pytest.raises(InvalidInput):
            accounts.login(world.db, "cs1", "wrong-pass1", client="10.0.0.9")
    with pytest.raises(PermissionDenied, match="15分钟后再试"):
        accounts.login(world.db, "cs1", "Passw0rd1", client="10.0.0.9")
    assert _events(world.db, "login_locked") == 1
    assert accounts.login(world.db, "cs1", "Passw0rd1", client="10.0.0.1").role == "reviewer"  # the holder
    assert [u["locked"] for u in staff.list_staff(world.db, world.admin) if u["username"] == "cs1"] == [True]
    world.clock.advance(minutes=16)
    with pytest.raises(InvalidInput):
        accounts.login(world.db, "cs1", "wrong-pass1", client="10.0.0.9")
    with pytest.raises(PermissionDenied, match="30分钟后再试"):
        accounts.login(world.db, "cs1", "wrong-pass1", client="10.0.0.9")


def test_an_unknown_name_is_throttled_like_a_real_one(world):
    for _ in range(5):
        with pytest.raises(InvalidInput):
            accounts.login(world.db, "ghost", "wrong-pass1", client="10.0.0.9")
    with pytest.raises(PermissionDenied, match="分钟后再试"):
        accounts.login(world.db, "ghost", "wrong-pass1", client="10.0.0.9")


def test_an_administrator_unlocks_an_account(world):
    for _ in range(5):
        with pytest.raises(InvalidInput):
            accounts.login(world.db, "cs2", "wrong-pass1", client="c")
    locks.unlock(world.db, world.staff["csadmin"], world.staff["cs2"].user_id)
    assert accounts.login(world.db, "cs2", "Passw0rd1", client="c").role == "reviewer"
    assert _events(world.db, "unlock") == 1


def test_a_deactivated_reviewer_is_refused_on_the_very_next_call(world):
    cs = world.changsha[0]
    world.submit(cs)
    cs1 = world.staff["cs1"]
    assert queue.queue_page(world.db, cs1)["rows"]
    staff.set_active(world.db, world.staff["csadmin"], cs1.user_id, False)
    with pytest.raises(PermissionDenied, match="登录已失效"):
        queue.claim_case(world.db, cs1, cs)
    assert sessions.resolve(world.db, cs1.token) is None
    assert _events(world.db, "sessions_revoked") == 1
    with pytest.raises(PermissionDenied, match="停用"):
        accounts.login(world.db, "cs1", "Passw0rd1")
    staff.set_active(world.db, world.staff["csadmin"], cs1.user_id, True)
    with pytest.raises(PermissionDenied):  # re-activation does not revive the old session
        queue.queue_page(world.db, cs1)


def test_a_city_change_or_password_reset_ends_every_session(world):
    cs2 = world.staff["cs2"]
    other_tab = accounts.login(world.db, "cs2", "Passw0rd1")
    staff.set_cities(world.db, world.admin, cs2.user_id, ["4301", "4302"])
    for who in (cs2, other_tab):
        with pytest.raises(PermissionDenied):
            queue.queue_page(world.db, who)
    fresh = accounts.login(world.db, "cs2", "Passw0rd1")
    assert set(fresh.cities) == {"4301", "4302"} and queue.queue_page(world.db, fresh, city="4302")
    temporary = staff.reset_password(world.db, world.admin, cs2.user_id)
    with pytest.raises(PermissionDenied):
        queue.queue_page(world.db, fresh)
    again = accounts.login(world.db, "cs2", temporary)
    assert again.must_change_password
    staff.change_password(world.db, again, temporary, "NewPassw0rd")
    with pytest.raises(PermissionDenied):
        queue.queue_page(world.db, again)
    assert not accounts.login(world.db, "cs2", "NewPassw0rd").must_change_password


def test_logout_revokes_and_sessions_expire_idle_and_absolute(world):
    me = accounts.login(world.db, "cs1", "Passw0rd1")
    assert sessions.resolve(world.db, me.token).user_id == me.user_id
    sessions.logout(world.db, me)
    assert sessions.resolve(world.db, me.token) is None
    with pytest.raises(PermissionDenied):
        queue.queue_page(world.db, me)
    idle = accounts.login(world.db, "cs1", "Passw0rd1")
    world.clock.advance(minutes=31)
    assert sessions.resolve(world.db, idle.token) is None
    busy = accounts.login(world.db, "cs1", "Passw0rd1")
    for _ in range(24):  # 11.6 hours, never idle for 30 minutes
        world.clock.advance(minutes=29)
        assert sessions.resolve(world.db, busy.token) is not None
    world.clock.advance(minutes=29)
    assert sessions.resolve(world.db, busy.token) is None  # past 12 hours however active
    assert sessions.resolve(world.db, "forged-token") is None
    with world.db.read() as cur:
        assert audit.verify(cur)[1] is None


def test_a_city_admin_creates_reviewers_only_for_their_city(world):
    admin = world.staff["csadmin"]
    accounts.create_staff(world.db, admin, username="cs3", role="reviewer", display_name="长沙审核员3",
                          cities=["4301"], password="Passw0rd1")
    with pytest.raises(PermissionDenied):
        accounts.create_staff(world.db, admin, username="zz9", role="reviewer", display_name="株洲",
                              cities=["4302"], password="Passw0rd1")
    with pytest.raises(PermissionDenied):
        staff.set_cities(world.db, admin, world.staff["cs1"].user_id, ["4302"])
    assert {u["username"] for u in staff.list_staff(world.db, admin)} == {"cs1", "cs2", "csadmin", "cs3"}


def test_spraying_one_account_from_many_clients_holds_new_clients_but_not_the_holder(world):
    from portal.domain import throttle
    accounts.login(world.db, "cs1", "Passw0rd1", client="10.0.0.1")  # the holder's usual address
    for i in range(throttle.ACCOUNT_LIMIT):  # 4 tries each from many addresses: no pair or client limit hit
        with pytest.raises(InvalidInput):
            accounts.login(world.db, "cs1", f"guess-{i}x", client=f"198.51.100.{i // 4}")
    with pytest.raises(PermissionDenied, match="分钟后再试"):
        accounts.login(world.db, "cs1", "Passw0rd1", client="203.0.113.77")  # a fresh address waits
    with pytest.raises(PermissionDenied, match="分钟后再试"):
        accounts.login(world.db, "cs1", "guess-x", client="203.0.113.78")
    assert _events(world.db, "login_failed") + _events(world.db, "login_locked") == throttle.ACCOUNT_LIMIT
    assert accounts.login(world.db, "cs1", "Passw0rd1", client="10.0.0.1").role == "reviewer"  # never locked out
    assert [u["locked"] for u in staff.list_staff(world.db, world.admin) if u["username"] == "cs1"] == [True]
    assert accounts.login(world.db, "cs2", "Passw0rd1", client="203.0.113.77").role == "reviewer"  # other accounts
    world.clock.advance(minutes=61)  # a sliding window, not a lock
    assert accounts.login(world.db, "cs1", "Passw0rd1", client="203.0.113.77").role == "reviewer"


def test_an_unlock_clears_the_account_wide_count(world):
    from portal.domain import throttle
    for i in range(throttle.ACCOUNT_LIMIT):
        with pytest.raises(InvalidInput):
            accounts.login(world.db, "cs2", f"guess-{i}x", client=f"198.51.100.{i // 4}")
    with pytest.raises(PermissionDenied):
        accounts.login(world.db, "cs2", "Passw0rd1", client="203.0.113.5")
    locks.unlock(world.db, world.staff["csadmin"], world.staff["cs2"].user_id)
    assert accounts.login(world.db, "cs2", "Passw0rd1", client="203.0.113.5").role == "reviewer"


def test_passwords_are_verified_on_a_lowered_priority_bounded_pool(monkeypatch):
    import os
    import threading
    import time

    from portal.services.people import passwords
    seen, running, peak = [], [0], [0]

    class Watching:
        def verify(self, stored, password):
            running[0] += 1
            peak[0] = max(peak[0], running[0])
            seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
            time.sleep(0.02)
            running[0] -= 1
            return True

    monkeypatch.setattr(passwords, "_hasher", Watching())
    callers = [threading.Thread(target=passwords.verify, args=("h", "pw")) for _ in range(8)]
    for t in callers:
        t.start()
    for t in callers:
        t.join()
    assert len(seen) == 8 and min(seen) >= 10  # reviewers' threads (nice 0) get the cores first
    assert peak[0] <= max(1, (os.cpu_count() or 2) // 2)
