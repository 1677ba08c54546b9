"""Accounts: argon2 hashes, lockout after repeated failures, candidate first login by phone."""
import pytest

from portal.domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from portal.services.people import accounts, staff


def test_passwords_are_stored_as_argon2_hashes(world):
    with world.db.read() as cur:
        hashes = [r[0] for r in cur.execute("SELECT password_hash FROM users WHERE role <> 'candidate'").fetchall()]
    assert hashes and all(h.startswith("$argon2id$") and "Passw0rd1" not in h for h in hashes)


def test_five_wrong_passwords_lock_the_account_for_fifteen_minutes(world):
    for n in range(4):
        with pytest.raises(InvalidInput, match=f"还可尝试{4 - n}次"):
            accounts.login(world.db, "cs1", "wrong-pass1")
    with pytest.raises(InvalidInput, match="已锁定15分钟"):
        accounts.login(world.db, "cs1", "wrong-pass1")
    with pytest.raises(PermissionDenied, match="已锁定"):
        accounts.login(world.db, "cs1", "Passw0rd1")
    world.clock.advance(minutes=16)
    assert accounts.login(world.db, "cs1", "Passw0rd1").role == "reviewer"


def test_a_candidate_sets_a_password_only_with_the_phone_on_the_list(world):
    case_id = world.changsha[0]
    person = world.cases[case_id]
    with pytest.raises(InvalidInput, match="手机号码与名单不一致"):
        accounts.candidate_first_login(world.db, person["id_number"], "13900000000", "Secret123")
    with pytest.raises(Conflict, match="首次登录"):
        accounts.login(world.db, person["id_number"], "Secret123")
    me = accounts.candidate_first_login(world.db, person["id_number"], person["phone"], "Secret123")
    assert me.role == "candidate" and me.cities == ()
    with pytest.raises(Conflict, match="已设置密码"):
        accounts.candidate_first_login(world.db, person["id_number"], person["phone"], "Other1234")
    assert accounts.login(world.db, person["id_number"].lower(), "Secret123").candidate_id == me.candidate_id


def test_someone_not_on_the_list_cannot_create_an_account(world):
    from tests.services.factory import make_id
    with pytest.raises(NotFound, match="名单中没有"):
        accounts.candidate_first_login(world.db, make_id(777), "13800000777", "Secret123")


def test_weak_passwords_are_refused(world):
    case_id = world.changsha[0]
    with pytest.raises(InvalidInput, match="至少8位"):
        accounts.candidate_first_login(world.db, world.cases[case_id]["id_number"], world.cases[case_id]["phone"], "12345678")


def test_a_city_admin_creates_reviewers_only_for_their_city(world):
    admin = world.staff["csadmin"]
    accounts.create_staff(world.db, admin, username="cs3", role="reviewer", display_name="长沙审核员3",
                          cities=["4301"], password="Passw0rd1")
    with pytest.raises(PermissionDenied):
        accounts.create_staff(world.db, admin, username="zz9", role="reviewer", display_name="株洲",
                              cities=["4302"], password="Passw0rd1")
    assert {u["username"] for u in staff.list_staff(world.db, admin)} == {"cs1", "cs2", "csadmin", "cs3"}


def test_a_deactivated_account_cannot_log_in(world):
    staff.set_active(world.db, world.admin, world.staff["cs2"].user_id, False)
    with pytest.raises(PermissionDenied, match="停用"):
        accounts.login(world.db, "cs2", "Passw0rd1")
