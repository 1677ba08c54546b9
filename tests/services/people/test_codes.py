"""One-time codes: sent only to the listed phone, hashed, 10 minutes, 5 tries, one live code per
account; the same answer whether or not the ID number is listed; an admin-initiated reset."""
import pytest

from portal.domain.errors import InvalidInput, PermissionDenied
from portal.services.people import accounts, candidate_accounts, codes, messages
from tests.services.factory import make_id
from tests.services.otp import sent_code
from tests.services.snapshot import changes, state


@pytest.fixture
def person(world):
    return world.cases[world.changsha[0]]


def test_the_answer_is_the_same_whether_or_not_the_id_is_listed(world, person):
    before = state(world.db)
    assert codes.request_code(world.db, make_id(777)) == codes.SENT
    assert changes(before, state(world.db)) == {}  # nothing sent, nothing recorded
    assert codes.request_code(world.db, person["id_number"]) == codes.SENT
    code = sent_code(world.db, person["phone"])
    assert code and len(code) == 6
    with world.db.read() as cur:
        stored = cur.execute("SELECT code_hash FROM one_time_codes").fetchall()
    assert len(stored) == 1 and code not in stored[0][0]


def test_a_code_sets_the_password_once_and_logs_in(world, person):
    codes.request_code(world.db, person["id_number"])
    me = codes.set_password_with_code(world.db, person["id_number"], sent_code(world.db, person["phone"]), "Secret123")
    assert me.role == "candidate" and me.token
    assert accounts.login(world.db, person["id_number"], "Secret123").candidate_id == me.candidate_id
    with pytest.raises(InvalidInput, match="验证码错误或已失效"):
        codes.set_password_with_code(world.db, person["id_number"], sent_code(world.db, person["phone"]), "Other1234")


def test_five_wrong_codes_burn_the_code(world, person):
    codes.request_code(world.db, person["id_number"])
    right = sent_code(world.db, person["phone"])
    wrong = f"{(int(right) + 1) % 10 ** 6:06d}"
    for _ in range(codes.MAX_TRIES):
        with pytest.raises(InvalidInput, match="验证码错误或已失效"):
            codes.set_password_with_code(world.db, person["id_number"], wrong, "Secret123")
    with pytest.raises(InvalidInput, match="验证码错误或已失效"):
        codes.set_password_with_code(world.db, person["id_number"], right, "Secret123")


def test_an_expired_code_is_refused(world, person):
    codes.request_code(world.db, person["id_number"])
    world.clock.advance(minutes=11)
    with pytest.raises(InvalidInput, match="验证码错误或已失效"):
        codes.set_password_with_code(world.db, person["id_number"], sent_code(world.db, person["phone"]), "Secret123")


def test_a_code_for_someone_elses_id_does_not_work(world, person):
    other = world.cases[world.changsha[1]]
    codes.request_code(world.db, person["id_number"])
    codes.request_code(world.db, other["id_number"])
    with pytest.raises(InvalidInput):
        codes.set_password_with_code(world.db, other["id_number"], sent_code(world.db, person["phone"]), "Secret123")


def test_only_the_latest_code_is_live(world, person):
    codes.request_code(world.db, person["id_number"])
    first = sent_code(world.db, person["phone"])
    codes.request_code(world.db, person["id_number"])  # within a minute: no second message
    assert len([m for m in messages.list_outbox(world.db, world.admin)]) == 1
    world.clock.advance(minutes=2)
    codes.request_code(world.db, person["id_number"])
    second = sent_code(world.db, person["phone"])
    if first != second:
        with pytest.raises(InvalidInput):
            codes.set_password_with_code(world.db, person["id_number"], first, "Secret123")
    assert codes.set_password_with_code(world.db, person["id_number"], second, "Secret123").role == "candidate"


def test_an_admin_reset_sends_a_code_and_ends_the_candidates_sessions(world, person):
    me = world.candidate(world.changsha[0])
    world.clock.advance(minutes=2)
    with pytest.raises(PermissionDenied):
        candidate_accounts.reset_candidate_password(world.db, world.staff["zz1"], person["id_number"])
    before = state(world.db)
    with pytest.raises(PermissionDenied):  # a 株洲 admin cannot reach a 长沙 candidate
        from tests.services.factory import city_admin
        candidate_accounts.reset_candidate_password(world.db, city_admin("4302"), person["id_number"])
    assert changes(before, state(world.db)) == {}
    assert "138****" in candidate_accounts.reset_candidate_password(world.db, world.staff["csadmin"], person["id_number"])
    codes.set_password_with_code(world.db, person["id_number"], sent_code(world.db, person["phone"]), "Fresh1234")
    from portal.services.cases import submission
    with pytest.raises(PermissionDenied):
        submission.my_cases(world.db, me)


def test_an_admin_corrects_the_listed_phone_and_the_code_goes_there(world, person):
    candidate_accounts.correct_phone(world.db, world.staff["csadmin"], person["id_number"], "13900001111",
                                     reason="名单手机号录入错误")
    codes.request_code(world.db, person["id_number"], purpose="forgot")
    assert sent_code(world.db, "13900001111") and sent_code(world.db, person["phone"]) is None
    shown = messages.list_outbox(world.db, world.admin)[0]
    assert shown["recipient"] == "139****1111"
    with pytest.raises(PermissionDenied):
        messages.list_outbox(world.db, world.staff["csadmin"])


def test_the_http_gateway_is_posted_after_the_commit_with_retries(world, person, monkeypatch):
    monkeypatch.setenv("PORTAL_SMS_URL", "https://sms.example/send")
    monkeypatch.setenv("PORTAL_SMS_RETRIES", "2")
    calls = []

    def flaky(url, payload, key, timeout):
        calls.append(payload)
        if len(calls) < 3:
            raise TimeoutError("slow gateway")
    monkeypatch.setattr(messages, "_post", flaky)
    monkeypatch.setattr(messages, "RETRY_PAUSE", 0.0)
    codes.request_code(world.db, person["id_number"])
    assert len(calls) == 3 and calls[0]["phone"] == person["phone"] and len(calls[0]["params"]["code"]) == 6
    with world.db.read() as cur:
        status, body = cur.execute("SELECT status, body FROM outbox").fetchone()
    assert status == "sent" and calls[0]["params"]["code"] not in body


def test_a_sprayed_candidate_still_gets_in_with_a_code_from_a_new_address(world, person):
    from portal.domain import throttle
    first = codes.set_password_with_code  # the candidate's account exists once a password was set
    codes.request_code(world.db, person["id_number"])
    first(world.db, person["id_number"], sent_code(world.db, person["phone"]), "Secret123", client="10.0.0.1")
    for i in range(throttle.ACCOUNT_LIMIT):
        with pytest.raises(InvalidInput):
            accounts.login(world.db, person["id_number"], f"guess-{i}x", client=f"198.51.100.{i // 4}")
    with pytest.raises(PermissionDenied, match="分钟后再试"):
        accounts.login(world.db, person["id_number"], "Secret123", client="203.0.113.8")
    codes.request_code(world.db, person["id_number"], purpose="forgot")
    me = first(world.db, person["id_number"], sent_code(world.db, person["phone"]), "Secret456", client="203.0.113.8")
    assert me.role == "candidate" and me.token
