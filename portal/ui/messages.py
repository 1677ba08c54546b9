"""消息: the logged-in person's in-site messages, newest first, a page at a time; unread ones are
marked and can be marked read one by one or all at once."""
import streamlit as st

from portal.domain import names, times
from portal.services.people import inbox
from portal.ui import session
from portal.ui.common import attempt, db
from portal.ui.text import esc

who = session.require("candidate", "reviewer", "admin")
st.header("消息")
page_no = int(st.session_state.get("messages_page", 1))
found = attempt(inbox.my_messages, db(), who, page=page_no)
if found is None:
    st.stop()
if found["total"] == 0:
    st.info("暂无消息。审核结果、退回补正、截止提醒、公示和发证等通知会显示在这里。")
    st.stop()
st.caption(f"共 {found['total']} 条，未读 {found['unread']} 条。")
if found["unread"] and st.button("全部标为已读", key="messages_all_read"):
    attempt(inbox.mark_all_read, db(), who, success="已全部标为已读。")
for m in found["rows"]:
    with st.container(border=True):
        state = "**未读**　" if m["read_at"] is None else ""
        st.markdown(f"{state}**{esc(m['title'])}**　{esc(times.beijing(m['created_at']))}"
                    f"　{esc(names.name('message', m['kind']))}")
        st.markdown(esc(m["body"]))
        if m["read_at"] is None and st.button("标为已读", key=f"message_read_{m['id']}"):
            attempt(inbox.mark_read, db(), who, m["id"], success="已标为已读。")
if found["pages"] > 1:
    left, middle, right = st.columns([1, 2, 1])
    if left.button("上一页", key="messages_prev", disabled=found["page"] <= 1):
        st.session_state["messages_page"] = found["page"] - 1
        st.rerun()
    middle.caption(f"第 {found['page']} / {found['pages']} 页")
    if right.button("下一页", key="messages_next", disabled=found["page"] >= found["pages"]):
        st.session_state["messages_page"] = found["page"] + 1
        st.rerun()
