"""Entry point of the Streamlit portal: wires pages by role, nothing else."""
import streamlit as st

from portal.ui import session
from portal.ui.chinese import chinese_widgets
from portal.ui.common import show_flash

st.set_page_config(page_title="考后人工核查", page_icon=":material/assignment:", layout="wide")

P = "portal/ui/"
who = session.principal()
PUBLIC = [
    st.Page(P + "public/home.py", title="首页", icon=":material/home:", default=who is None),
    st.Page(P + "public/pass_list.py", title="公示名单", icon=":material/campaign:"),
    st.Page(P + "public/verify.py", title="证书查验", icon=":material/verified:"),
]
LOGIN = [st.Page(P + "public/login.py", title="登录 / 首次登录", icon=":material/login:")]
BY_ROLE = {
    "candidate": [
        st.Page(P + "candidate/self_check.py", title="自审", icon=":material/fact_check:", default=True),
        st.Page(P + "candidate/upload.py", title="上传材料", icon=":material/upload_file:"),
        st.Page(P + "candidate/my_case.py", title="我的核查", icon=":material/folder_open:"),
    ],
    "reviewer": [
        st.Page(P + "reviewer/queue.py", title="待审队列", icon=":material/inbox:", default=True),
        st.Page(P + "reviewer/workbench.py", title="审核工作台", icon=":material/rate_review:"),
        st.Page(P + "reviewer/cases.py", title="全部案件", icon=":material/search:"),
        st.Page(P + "reviewer/case_view.py", title="案件查看（只读）", icon=":material/visibility:"),
        st.Page(P + "reviewer/history.py", title="已审记录", icon=":material/history:"),
        st.Page(P + "reviewer/trail.py", title="过程跟踪", icon=":material/route:"),
    ],
    "admin": [
        st.Page(P + "admin/dashboard.py", title="统计看板", icon=":material/monitoring:", default=True),
        st.Page(P + "admin/import_list.py", title="导入名单", icon=":material/upload:"),
        st.Page(P + "admin/users.py", title="审核员与权限", icon=":material/group:"),
        st.Page(P + "admin/candidates.py", title="考生账号", icon=":material/badge:"),
        st.Page(P + "admin/outbox.py", title="消息发件箱", icon=":material/sms:"),
        st.Page(P + "admin/conditions.py", title="考试条件", icon=":material/menu_book:"),
        st.Page(P + "admin/blacklist.py", title="黑名单", icon=":material/block:"),
        st.Page(P + "admin/rollback.py", title="回退与转移", icon=":material/undo:"),
        st.Page(P + "admin/publication.py", title="公示管理", icon=":material/publish:"),
        st.Page(P + "admin/certificates.py", title="证书管理", icon=":material/workspace_premium:"),
        st.Page(P + "admin/backup.py", title="备份与恢复", icon=":material/backup:"),
        st.Page(P + "reviewer/cases.py", title="全部案件", icon=":material/search:", url_path="admin_cases"),
        st.Page(P + "reviewer/case_view.py", title="案件查看（只读）", icon=":material/visibility:",
                url_path="admin_case_view"),
        st.Page(P + "admin/settings.py", title="系统设置", icon=":material/settings:"),
        st.Page(P + "reviewer/trail.py", title="过程跟踪", icon=":material/route:", url_path="admin_trail"),
    ],
}
ACCOUNT = [st.Page(P + "account.py", title="修改密码 / 退出", icon=":material/logout:")]
MESSAGES = st.Page(P + "messages.py", title="消息", icon=":material/notifications:")

if who is None:
    pages = {"公开信息": PUBLIC, "账户": LOGIN}
elif who.must_change_password:  # a temporary password: nothing else until it is changed
    pages = {"账户": ACCOUNT}
else:
    pages = {session.role_name(who.role): BY_ROLE[who.role], "公开信息": PUBLIC, "账户": [MESSAGES, *ACCOUNT]}
session.sidebar(who)
chinese_widgets()
nav = st.navigation(pages, expanded=True)  # every page listed: no "View more" folding
session.bell(who, MESSAGES)
show_flash()
nav.run()
