"""消息发件箱: how many messages wait, went out or failed, then every SMS the portal sent (codes and
notices), newest first, numbers masked, with its delivery state. With no SMS gateway configured
(PORTAL_SMS_URL), this list is where messages are delivered."""
import pandas as pd
import streamlit as st

from portal.domain import names, times
from portal.services.people import messages
from portal.ui import session
from portal.ui.common import attempt, db

PAGE = 100
who = session.require("admin")
st.header("消息发件箱")
if messages.gateway_configured():
    st.caption("已配置短信网关：消息经网关发送，发送成功后此处不再保留验证码。")
else:
    st.caption("未配置短信网关：消息只记录在此发件箱中，不发送短信。短信网关由系统运维在服务器上配置（见安装说明）。")
total = attempt(messages.count_outbox, db(), who)
if total is None:
    st.stop()
counts = attempt(messages.outbox_counts, db(), who) or {}
shown = ("pending", "sent", "failed") if messages.gateway_configured() else ("stored", "pending", "sent", "failed")
for column, status in zip(st.columns(len(shown)), shown):
    column.metric(names.name("delivery", status), f"{counts.get(status, 0)} 条")
if total == 0:
    st.info("暂无消息。")
    st.stop()
pages = -(-total // PAGE)
page_no = st.number_input(f"页码（共 {pages} 页，{total} 条）", min_value=1, max_value=pages, value=1, step=1,
                          key="outbox_page")
found = attempt(messages.list_outbox, db(), who, limit=PAGE, offset=(int(page_no) - 1) * PAGE) or []
st.dataframe(pd.DataFrame([{"时间": times.beijing(m["created_at"]), "渠道": "短信" if m["channel"] == "sms" else "邮件",
                            "收件人": m["recipient"], "用途": names.name("message", m["purpose"]),
                            "状态": names.name("delivery", m["status"]), "内容": m["body"]} for m in found]),
             hide_index=True, width="stretch")
