"""Administrator pages: import with per-row results, staff, conditions, blacklist, rollback,
lists, certificates, backup and the dashboard."""
import datetime as dt

from checks.idnumber import check_digit
from portal.services.certificates import config
from portal.services.publication import lists
from portal.services.views import cases
from tests.ui.conftest import app, texts

HE_MIN = 11  # 何敏, 株洲 economics, passed


def test_import_reports_accepted_and_rejected_rows_and_offers_the_rejects(login, db):
    good = "43010219920505003" + check_digit("43010219920505003")
    bad = "43010219920505004" + ("0" if check_digit("43010219920505004") != "0" else "1")
    csv = ("姓名,身份证号,手机号码,考试,级别,考试年度,市州,工作单位\n"
           f"钱多多,{good},13807319999,经济专业技术资格,中级,2025,长沙市,长沙市税务局\n"
           f"孙少少,{bad},13807318888,经济,中级,2025,长沙市,长沙市税务局\n").encode()
    at = app(login("admin"), "portal/ui/admin/import_list.py")
    at.file_uploader(key="import_file").set_value(("名单.csv", csv, "text/csv")).run()
    at.button(key="import_go").click().run()
    assert not at.exception
    assert [m.value for m in at.metric] == ["1", "1"]
    rejected = at.dataframe[0].value
    assert list(rejected["行号"]) == [3] and "校验位" in rejected["原因"][0]
    assert rejected["身份证号"][0] == "4301**********" + bad[-4:]  # masked on screen
    assert at.get("download_button")


def test_adding_a_reviewer_shows_the_account_with_its_city(login):
    at = app(login("admin"), "portal/ui/admin/users.py")
    at.text_input(key="users_username").input("xt_reviewer")
    at.text_input(key="users_name").input("湘潭审核员")
    at.multiselect(key="users_cities").set_value(["4303"])
    at.text_input(key="users_password").input("Review2024xt")
    at.form_submit_button[0].click().run()
    table = at.dataframe[0].value
    assert "已新增账号：xt_reviewer" in texts(at)
    assert dict(zip(table["用户名"], table["负责市州"]))["xt_reviewer"] == "湘潭市"


def test_conditions_page_lists_each_level_with_sources(login):
    at = app(login("admin"), "portal/ui/admin/conditions.py")
    at.selectbox(key="cond_exam").set_value("economics").run()
    assert at.dataframe and all("来源" in d.value.columns for d in at.dataframe)
    assert any("经济专业技术资格" in m.value for m in at.markdown)


def test_blacklisting_someone_lists_them_masked_and_blocks_their_submission(login, db):
    at = app(login("admin"), "portal/ui/admin/blacklist.py")
    at.text_input(key="bl_add_id").input("430102198909090613")
    at.text_input(key="bl_add_name").input("周杰")
    at.text_area(key="bl_add_reason").input("伪造工作年限证明")
    at.form_submit_button[0].click().run()
    table = at.dataframe[0].value
    assert list(table["身份证号"]) == ["4301**********0613"]


def test_rollback_undoes_the_latest_decision_and_requeues_the_case(login, db):
    who = login("admin")
    at = app(who, "portal/ui/admin/rollback.py")
    at.number_input(key="rb_case").set_value(HE_MIN).run()
    assert "审核通过" in set(at.dataframe[0].value["操作"])
    at.text_input(key="rb_reason").input("审核员误操作")
    at.button(key="rb_go").click().run()
    assert cases.get_case(db, who, HE_MIN)["state"] == "submitted"


def test_publication_builds_reviews_and_publishes_a_list(login, db):
    who = login("admin")
    at = app(who, "portal/ui/admin/publication.py")
    at.selectbox(key="pub_exam").set_value("economics")
    at.number_input(key="pub_year").set_value(dt.date.today().year - 1)
    at.selectbox(key="pub_city").set_value("4302")
    at.form_submit_button[0].click().run()
    assert "名单已生成" in texts(at)
    built = [r for r in lists.list_pass_lists(db, who) if r["city"] == "4302"][0]
    at.selectbox(key="pub_pick").set_value(built["id"]).run()
    at.button(key="pub_review").click().run()
    at.button(key="pub_publish").click().run()
    assert not at.exception
    assert lists.get_pass_list(db, who, built["id"])["status"] == "published"
    assert cases.get_case(db, who, HE_MIN)["state"] == "published"


def test_certificate_page_sets_the_issuing_unit(login, db):
    who = login("admin")
    at = app(who, "portal/ui/admin/certificates.py")
    at.text_input(key="cert_unit_code").input("43")
    at.text_input(key="cert_unit_body").input("湖南省人力资源和社会保障厅")
    at.form_submit_button[0].click().run()
    assert config.issuing_unit(db, who.user_id)["unit_code"] == "43"


def test_backup_creates_a_complete_backup_and_explains_how_to_restore(login):
    at = app(login("admin"), "portal/ui/admin/backup.py")
    at.button(key="bk_create").click().run()
    assert not at.exception
    assert list(at.dataframe[0].value["状态"]) == ["完整可用"]
    assert "portal restore" in at.code[0].value


def test_dashboard_counts_every_case_in_scope(login):
    at = app(login("admin"), "portal/ui/admin/dashboard.py")
    assert at.metric[0].value == "12"
    assert int(at.metric[1].value) == 4  # the demo's decisions: two passes, a return, a fail


def test_issued_certificate_is_downloadable_by_its_holder_and_verifiable_by_anyone(login, db):
    admin = login("admin")
    year = dt.date.today().year - 1
    built = lists.build_pass_list(db, admin, exam="economics", exam_year=year, city="4302")
    lists.review_pass_list(db, admin, built["id"])
    start = dt.date.today() - dt.timedelta(days=30)
    lists.publish_pass_list(db, admin, built["id"], start=start)
    lists.finalise_pass_list(db, admin, built["id"])
    config.set_issuing_unit(db, admin, user_id=admin.user_id, unit_code="4302",
                                         body_name="株洲市人力资源和社会保障局")
    at = app(admin, "portal/ui/admin/certificates.py")
    at.selectbox(key="cert_issue_list").set_value(built["id"])
    at.form_submit_button[2].click().run()
    assert not at.exception and "已发放 1 本证书" in texts(at)
    cert_no = at.dataframe[0].value["证书编号"][0]

    holder = app(login("430204198510101024"), "portal/ui/candidate/my_case.py")
    assert "已发证" in texts(holder)
    assert holder.get("download_button")

    public = app(None, "portal/ui/public/verify.py")
    public.text_input(key="verify_no").input(cert_no)
    public.text_input(key="verify_id").input("430204198510101024")
    public.text_input(key="verify_phone").input("13907330010")
    public.form_submit_button[0].click().run()
    assert [s.value for s in public.success] == ["证书有效"]
