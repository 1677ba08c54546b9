"""Administrator pages: import with per-row results, staff, conditions, blacklist, rollback,
lists, certificates, backup and the dashboard."""
import datetime as dt
import re

import pytest

from checks.idnumber import check_digit
from portal.demo.people import at as clock_at
from portal.services.certificates import config
from portal.services.publication import lists
from portal.services.views import cases
from tests.services.publication.passers import CONTACT
from tests.ui.conftest import app, assert_export_is_the_table, texts

HE_MIN = 10  # 何敏, the tenth row of the demo list: 株洲 economics, passed


def _cases(db):
    with db.read() as cur:
        return cur.execute("SELECT count(*) FROM cases").fetchone()[0]


def test_import_previews_each_row_then_reports_names_and_full_values_of_rejects(login, db, downloaded):
    good = "43010219920505003" + check_digit("43010219920505003")
    bad = "43010219920505004" + ("0" if check_digit("43010219920505004") != "0" else "1")
    csv = ("姓名,身份证号,手机号码,考试,级别,考试年度,市州,工作单位\n"
           f"钱多多,{good},13807319999,经济专业技术资格,中级,2025,长沙市,长沙市税务局\n"
           f"孙少少,{bad},13807318888,经济,中级,2025,长沙市,长沙市税务局\n").encode()
    before = _cases(db)
    at = app(login("admin"), "portal/ui/admin/import_list.py")
    at.file_uploader(key="import_file").set_value(("名单.csv", csv, "text/csv")).run()
    preview = at.dataframe[0].value
    assert list(preview["结果"]) == ["新增", "拒收"] and list(preview["姓名"]) == ["钱多多", "孙少少"]
    assert "校验位" in preview["原因"][1] and _cases(db) == before  # a preview writes nothing
    at.button(key="import_go").click().run()
    assert not at.exception
    assert [m.value for m in at.metric] == ["1", "1"] and _cases(db) == before + 1
    rejected, accepted = at.dataframe[0].value, at.dataframe[1].value
    assert list(rejected["行号"]) == [3] and rejected["原因"][0].startswith("身份证号校验位错误：末位为 ")
    assert rejected["身份证号"][0] == bad  # the administrator sees the wrong digit
    assert list(accepted["姓名"]) == ["钱多多"]
    assert_export_is_the_table(downloaded(at, "import_rejected_export"), rejected)


def test_the_template_has_chinese_headers_an_example_and_drop_downs_and_imports(login, db, downloaded):
    import io

    import openpyxl
    at = app(login("admin"), "portal/ui/admin/import_list.py")
    data = downloaded(at, "import_template")
    book = openpyxl.load_workbook(io.BytesIO(data))
    sheet = book["名单"]
    assert [c.value for c in sheet[1]] == ["姓名", "身份证号", "手机号码", "考试", "级别", "考试年度", "市州", "工作单位", "成绩"]
    assert sheet["A2"].value == "张三" and sheet["D2"].value == "经济专业技术资格"
    ranges = {str(v.sqref).split(":")[0][0] for v in sheet.data_validations.dataValidation}
    assert ranges == {"D", "E", "G"}
    at.file_uploader(key="import_file").set_value(("模板.xlsx", data, excel_mime())).run()
    assert list(at.dataframe[0].value["结果"]) == ["新增"]


def excel_mime():
    from portal.services.views.excel import XLSX_MIME
    return XLSX_MIME


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


def _page_text(at) -> str:
    """Everything the conditions page shows: messages, expander titles and every table cell, with
    markdown link targets left out (a link's address is not text the reader reads)."""
    cells = [str(v) for d in at.dataframe for col in d.value.columns for v in [col, *d.value[col]]]
    shown = "\n".join([texts(at), *(e.label for e in at.expander), *cells])
    return re.sub(r"\]\(https?://[^)\s]+\)", "]", shown)


@pytest.mark.parametrize("exam,doc_no", [("economics", "人社部规〔2020〕1号"), ("survey_design_engineer", "人发〔2002〕35号")])
def test_conditions_page_names_sources_by_title_and_wenhao_never_by_file_name_or_code(login, exam, doc_no):
    at = app(login("admin"), "portal/ui/admin/conditions.py")
    at.selectbox(key="cond_exam").set_value(exam).run()
    assert not at.exception
    shown = _page_text(at)
    assert doc_no in shown and "《" in shown
    bad = re.findall(r"\.(?:ya?ml|md|json)\b|[a-z]+_[a-z_]+|§|UNCONFIRMED|https?://", shown)
    assert not bad, bad
    assert any(re.search(r"\]\(https?://", m.value) for m in at.markdown)  # documents with an address are links


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
    assert "请填写发布单位" in texts(at)
    assert lists.get_pass_list(db, who, built["id"])["status"] == "reviewed"
    at.text_input(key="pub_publisher").input(CONTACT["publisher"])
    at.text_input(key="pub_obj_unit").input(CONTACT["objection_unit"])
    at.text_input(key="pub_obj_phone").input(CONTACT["objection_phone"])
    at.button(key="pub_publish").click().run()
    assert not at.exception
    assert lists.get_pass_list(db, who, built["id"])["status"] == "published"
    assert "异议受理：" + CONTACT["objection_unit"] in texts(at)
    assert cases.get_case(db, who, HE_MIN)["state"] == "published"


def test_certificate_page_sets_the_issuing_unit(login, db):
    who = login("admin")
    at = app(who, "portal/ui/admin/certificates.py")
    at.radio(key="cert_unit_level").set_value("province").run()
    at.selectbox(key="cert_unit_code").set_value("43").run()
    at.text_input(key="cert_unit_body").input("湖南省人力资源和社会保障厅")
    at.button(key="cert_unit_go").click().run()
    assert config.issuing_unit(db, who.user_id)["unit_code"] == "43"
    at.radio(key="cert_unit_level").set_value("county").run()
    at.selectbox(key="cert_unit_city").set_value("4301").run()
    assert "430102" in at.selectbox(key="cert_unit_code").options[0] + "".join(at.selectbox(key="cert_unit_code").options)


def test_backup_creates_a_complete_backup_and_explains_how_to_restore(login, home):
    at = app(login("admin"), "portal/ui/admin/backup.py")
    at.button(key="bk_create").click().run()
    assert not at.exception
    assert list(at.dataframe[0].value["状态"]) == ["完整可用"]
    assert "portal restore" in at.code[0].value
    from portal.store import keys
    ids = keys.key_ids(home)
    shown = " ".join(m.value for m in at.success) + " ".join(at.dataframe[0].value["恢复所需密钥"])
    assert ids["audit_key"] in shown and ids["checkpoint_key"] in shown and "不在备份中" in shown
    assert "portal keys import" in " ".join(c.value for c in at.caption) and "含证书签名密钥" not in str(at.caption)


def test_dashboard_counts_every_case_in_scope(login):
    at = app(login("admin"), "portal/ui/admin/dashboard.py")
    assert at.metric[0].value == "12"
    assert int(at.metric[1].value) == 4  # the demo's decisions: two passes, a return, a fail


def test_issued_certificate_is_downloadable_by_its_holder_and_verifiable_by_anyone(login, db):
    admin = login("admin")
    year = dt.date.today().year - 1
    built = lists.build_pass_list(db, admin, exam="economics", exam_year=year, city="4302")
    lists.review_pass_list(db, admin, built["id"])
    with clock_at(dt.datetime.now() - dt.timedelta(days=30)):
        lists.publish_pass_list(db, admin, built["id"], **CONTACT)
    lists.finalise_pass_list(db, admin, built["id"])
    config.set_issuing_unit(db, admin, user_id=admin.user_id, unit_code="4302",
                                         body_name="株洲市人力资源和社会保障局")
    at = app(admin, "portal/ui/admin/certificates.py")
    at.selectbox(key="cert_issue_list").set_value(built["id"]).run()
    at.date_input(key=f"cert_issue_date_{built['id']}").set_value(dt.date(year, 10, 18))
    at.button(key="cert_issue_go").click().run()
    assert not at.exception and "已发放 1 本证书" in texts(at)
    cert_no = at.dataframe[-1].value["证书编号"][0]

    holder = app(login("430204198510101024"), "portal/ui/candidate/my_case.py")
    assert "已发证" in texts(holder)
    assert holder.get("download_button")

    public = app(None, "portal/ui/public/verify.py")
    public.text_input(key="verify_no").input(cert_no)
    public.text_input(key="verify_id").input("430204198510101024")
    public.text_input(key="verify_phone").input("13907330010")
    public.form_submit_button[0].click().run()
    assert [s.value for s in public.success] == ["证书有效"]

    at = app(admin, "portal/ui/admin/certificates.py")  # the list: find, download, reissue, revoke
    at.text_input(key="cl_term").input(cert_no).run()
    assert list(at.dataframe[0].value["证书编号"]) == [cert_no]
    at.selectbox(key="cl_pick").set_value(cert_no).run()
    assert at.get("download_button")
    at.text_area(key="cl_reissue_reason").input("证书信息打印有误")
    at.form_submit_button[1].click().run()
    assert not at.exception
    new_no = texts(at).split("已补发新证书 ")[1].split("，")[0]
    at.text_input(key="cl_term").input(new_no).run()
    at.selectbox(key="cl_pick").set_value(new_no).run()
    at.text_area(key="cl_revoke_reason").input("核查发现学历证明不实")
    at.form_submit_button[0].click().run()
    assert "已撤销：" + new_no in texts(at)
    at.text_input(key="cl_term").input("").run()
    assert set(at.dataframe[0].value["状态"]) == {"已撤销"}


def test_building_a_list_selects_it_and_a_draft_reads_unpublished_and_not_in_notice(login, db):
    at = app(login("admin"), "portal/ui/admin/publication.py")
    at.selectbox(key="pub_exam").set_value("economics")
    at.number_input(key="pub_year").set_value(dt.date.today().year - 1)
    at.selectbox(key="pub_city").set_value("4302")
    at.form_submit_button[0].click().run()
    assert not at.exception
    built = max(lists.list_pass_lists(db, login("admin")), key=lambda r: r["id"])
    assert built["title"].startswith("株洲市") and at.selectbox(key="pub_pick").value == built["id"]
    overview = at.dataframe[0].value
    draft = overview[overview["编号"] == built["id"]].iloc[0]
    assert draft["公示开始"] == "未发布" and draft["公示结束"] == "未发布"
    entries = at.dataframe[1].value
    assert set(entries["状态"]) == {"待公示"} and "None" not in set(entries["变更记录"])


def test_settings_page_refuses_localhost_and_saves_a_public_address(login, db):
    from portal.services.certificates import public_url
    who = login("admin")
    at = app(who, "portal/ui/admin/settings.py")
    assert "演示地址" in texts(at)
    at.text_input(key="set_public_url").input("http://localhost:8501")
    at.form_submit_button[0].click().run()
    assert "本机地址" in texts(at) and public_url.public_url(db).endswith(".invalid")
    at.text_input(key="set_public_url").input("https://zhicheng.example.gov.cn")
    at.form_submit_button[0].click().run()
    assert not at.exception and public_url.public_url(db) == "https://zhicheng.example.gov.cn"
