"""消息发件箱: the messages the portal sent (SMS codes and notices), newest first. With no SMS gateway
configured (PORTAL_SMS_URL), this list is where messages are delivered."""
import pandas as pd
import streamlit as st

from portal.services.people import messages
from portal.ui import session
from portal.ui.common import attempt, db

who = session.require("admin")
st.header("消息发件箱")
if messages.gateway_configured():
    st.caption("已配置短信网关：消息经网关发送，发送成功后此处不再保留验证码。")
else:
    st.caption("未配置短信网关：消息只记录在此发件箱中，不发送短信。短信网关由系统运维在服务器上配置（见安装说明）。")
STATUS = {"stored": "已记录", "pending": "待发送", "sent": "已发送", "failed": "发送失败"}
found = attempt(messages.list_outbox, db(), who)
if found:
    st.dataframe(pd.DataFrame([{"时间": m["created_at"], "渠道": m["channel"], "收件人": m["recipient"],
                                "用途": m["purpose"], "状态": STATUS.get(m["status"], m["status"]),
                                "内容": m["body"]} for m in found]), hide_index=True, width="stretch")
elif found is not None:
    st.info("暂无消息。")
