"""Public pages: rounds and notices, the masked pass list with name search, certificate checks, login."""
from tests.ui.conftest import app, texts

ZHANG_ID = "430102198603120111"  # 张伟, on the published 长沙 economics list


def test_home_shows_the_open_round_and_the_published_notice(home):
    at = app(None, "portal/ui/public/home.py")
    shown = texts(at)
    assert "正在受理" in shown
    assert "经济专业技术资格考后人工核查合格人员公示名单" in shown


def test_pass_list_masks_id_numbers_shows_no_phone_and_searches_by_name(home):
    at = app(None, "portal/ui/public/pass_list.py")
    table = at.dataframe[0].value
    assert list(table["姓名"]) == ["张伟"]
    assert list(table["身份证号"]) == ["4301**********0111"]
    assert ZHANG_ID not in table.to_string() and "手机" not in "".join(table.columns)
    at.text_input(key="pass_list_name").input("李").run()
    assert "没有与该姓名相符的人员" in texts(at)


def test_certificate_check_needs_all_three_inputs_and_reveals_nothing_for_a_wrong_one(home):
    at = app(None, "portal/ui/public/verify.py")
    at.text_input(key="verify_no").input("B0325010000000001")
    at.form_submit_button[0].click().run()
    assert "须同时提供证书编号、身份证号和手机号码" in at.error[0].value
    at.text_input(key="verify_id").input(ZHANG_ID)
    at.text_input(key="verify_phone").input("13807310001")
    at.form_submit_button[0].click().run()
    assert "未查到" in texts(at)


def test_login_with_a_wrong_password_is_refused_and_the_right_one_opens_the_role_pages(home):
    at = app(None, "portal/ui/public/login.py")
    at.text_input(key="login_username").input("cs_reviewer")
    at.text_input(key="login_password").input("wrong-password-1")
    at.form_submit_button[0].click().run()
    assert "用户名或密码错误" in at.error[0].value and "次" not in at.error[0].value
    assert "session_token" not in at.session_state
    at.text_input(key="login_password").input("Review2024cs")
    at.form_submit_button[0].click().run()
    assert at.session_state["session_token"]
    assert "待审队列" in texts(at)


def test_first_login_by_a_code_sent_to_the_listed_phone_logs_the_candidate_in(home, db):
    from tests.services.otp import sent_code
    at = app(None, "portal/ui/public/login.py")
    at.text_input(key="code_id_number").input("430121199112020718")
    at.form_submit_button[1].click().run()
    assert "如信息正确，验证码已发送至名单登记的手机" in texts(at)
    at.text_input(key="code_value").input("000000" if sent_code(db, "13807310007") != "000000" else "111111")
    at.text_input(key="code_password").input("Neu2024pass")
    at.text_input(key="code_password_again").input("Neu2024pass")
    at.form_submit_button[2].click().run()
    assert "验证码错误或已失效" in at.error[0].value
    at.text_input(key="code_value").input(sent_code(db, "13807310007"))
    at.form_submit_button[2].click().run()
    assert not at.exception
    assert at.session_state["session_token"]
    assert "个人自审" in texts(at)


def test_an_unlisted_id_gets_the_same_answer(home, db):
    from tests.services.factory import make_id
    at = app(None, "portal/ui/public/login.py")
    at.text_input(key="code_id_number").input(make_id(777))
    at.form_submit_button[1].click().run()
    assert "如信息正确，验证码已发送至名单登记的手机" in texts(at) and "会话" not in texts(at)
