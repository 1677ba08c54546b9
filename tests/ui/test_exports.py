"""导出 Excel under the lists: each export, opened with openpyxl, holds the table as shown with the
page's filter in the title row; numbers are masked for reviewers."""
from portal.demo.people import spec
from tests.ui.conftest import app, assert_export_is_the_table, sheet

PEOPLE = {p["name"]: p for p in spec()["candidates"]}


def test_the_queue_export_is_the_filtered_table_with_the_filter_in_the_title(login, downloaded):
    at = app(login("reviewer"), "portal/ui/reviewer/queue.py")
    at.selectbox(key="q_flag").set_value(True).run()
    title = assert_export_is_the_table(downloaded(at, "q_export"), at.dataframe[0].value)
    assert title.startswith("待审队列（筛选：") and "标记：有问题标记" in title


def test_the_all_cases_export_masks_numbers_for_a_reviewer(login, downloaded):
    at = app(login("reviewer"), "portal/ui/reviewer/cases.py")
    at.text_input(key="ac_term").input("李娜").run()
    data = downloaded(at, "ac_export")
    assert_export_is_the_table(data, at.dataframe[0].value)
    _, header, body = sheet(data)
    assert PEOPLE["李娜"]["id_number"] not in str(body) and "*" in body[0][header.index("身份证号")]
    at.button(key="ac_export_all").click().run()
    title, _, every = sheet(downloaded(at, "ac_export_all_download"))
    assert "搜索：李娜" in title and [r[1] for r in every] == ["李娜"]


def test_the_staff_list_and_the_pass_lists_export_what_they_show(login, downloaded):
    who = login("admin")
    at = app(who, "portal/ui/admin/users.py")
    assert_export_is_the_table(downloaded(at, "users_export"), at.dataframe[0].value)
    at = app(who, "portal/ui/admin/publication.py")
    assert not at.exception
    assert_export_is_the_table(downloaded(at, "pub_lists_export"), at.dataframe[0].value)
    assert_export_is_the_table(downloaded(at, "pub_entries_export"), at.dataframe[1].value)


def test_the_public_pass_list_exports_for_anyone_masked(home, downloaded):
    at = app(None, "portal/ui/public/pass_list.py")
    assert not at.exception
    title = assert_export_is_the_table(downloaded(at, "pass_list_export"), at.dataframe[0].value)
    assert title.startswith("公示名单（筛选：名单：")
