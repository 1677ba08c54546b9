"""The bell (unread count in the sidebar, for every logged-in role), the 消息 page (newest first, mark
one or all read) and the administrator's outbox of every SMS with its delivery state."""
import re

from portal.services.people import inbox, reminders
from tests.ui.conftest import app, texts

RETURNED, PUBLISHED = "杨帆", "张伟"  # demo stories: returned for supplementation; passed and on a published list


def _id_number(db, name):
    with db.read() as cur:
        return cur.execute("SELECT id_number FROM candidates WHERE name = $n", {"n": name}).fetchone()[0]


def _bell(at) -> str:
    labels = [el.proto.label for el in at.get("page_link")]
    assert labels, "no bell in the sidebar"
    return labels[-1]


def test_the_bell_shows_the_unread_return_and_the_page_marks_it_read(db, login):
    reminders.sweep(db)  # what the portal's periodic sweep does at start (a demo deadline may be near)
    me = login(_id_number(db, RETURNED))
    n = inbox.unread_count(db, me)
    assert n >= 1
    at = app(me)
    assert not at.exception and _bell(at) == f"未读消息 {n} 条"
    at = app(me, "portal/ui/messages.py")
    shown = texts(at).replace("\\", "")  # the page escapes Markdown specials
    assert "核查材料被退回，请补正" in shown and re.search(r"\d{4}-\d{2}-\d{2} 17:00（北京时间）", shown)
    assert f"共 {n} 条，未读 {n} 条" in shown
    returned = next(m for m in inbox.my_messages(db, me)["rows"] if m["kind"] == "returned")
    at.button(key=f"message_read_{returned['id']}").click().run()
    assert not at.exception and "已标为已读" in texts(at)
    assert f"未读 {n - 1} 条" in texts(at) and len([b for b in at.button if b.label == "标为已读"]) == n - 1
    assert _bell(app(me)) == (f"未读消息 {n - 1} 条" if n > 1 else "消息（无未读）")


def test_mark_all_read_clears_the_bell_and_messages_stay_listed_newest_first(db, login):
    me = login(_id_number(db, PUBLISHED))
    at = app(me, "portal/ui/messages.py")
    shown = texts(at).replace("\\", "")  # the page escapes Markdown specials
    assert "共 2 条，未读 2 条" in shown
    assert shown.index("您已列入合格人员公示名单") < shown.index("核查结果：通过")  # the list came after the pass
    at.button(key="messages_all_read").click().run()
    assert not at.exception and "已全部标为已读" in texts(at) and "共 2 条，未读 0 条" in texts(at)
    assert _bell(app(me)) == "消息（无未读）"


def test_staff_have_the_bell_too(login):
    for role in ("reviewer", "admin"):
        at = app(login(role))
        assert not at.exception and _bell(at) == "消息（无未读）"
        page = app(login(role), "portal/ui/messages.py")
        assert not page.exception and "暂无消息" in texts(page)


def test_the_outbox_lists_every_notice_masked_with_its_delivery_state(db, login):
    at = app(login("admin"), "portal/ui/admin/outbox.py")
    assert not at.exception
    table = at.dataframe[0].value
    with db.read() as cur:
        total = cur.execute("SELECT count(*) FROM outbox").fetchone()[0]
        phones = [r[0] for r in cur.execute("SELECT phone FROM candidates").fetchall()]
    assert len(table) == min(total, 100)
    assert {"退回补正通知", "核查通过通知", "核查不通过通知", "公示通知"} <= set(table["用途"])
    assert set(table["状态"]) == {"已记录（未配置短信网关）"}
    assert all(re.fullmatch(r"1\d\d\*{4}\d{4}", r) for r in table["收件人"])
    assert not any(p in " ".join(table["内容"]) for p in phones)
    assert all(t.endswith("（北京时间）") for t in table["时间"])


def test_the_outbox_counts_what_waits_went_out_and_failed(db, login):
    at = app(login("admin"), "portal/ui/admin/outbox.py")
    with db.read() as cur:
        total = cur.execute("SELECT count(*) FROM outbox").fetchone()[0]
    shown = {m.label: m.value for m in at.metric}
    assert shown == {"已记录（未配置短信网关）": f"{total} 条", "待发送": "0 条", "已发送": "0 条", "发送失败": "0 条"}
    assert total > 0
