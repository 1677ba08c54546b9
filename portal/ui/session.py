"""Who is logged in: the page keeps only the session token (in st.session_state and in a cookie)
and resolves it on every run against the server-side session and the current account row, so a
revoked session or a deactivated account is logged out on its next click.

The cookie (SameSite=Strict, path /, Secure on https, never in the URL) lets a refresh or a new tab
stay logged in: Streamlit's own `st.context.cookies` reads it; a two-line script run by
`st.html(..., unsafe_allow_javascript=True)` (a same-origin `components.html` frame on older
Streamlit) writes it, because Streamlit has no API to set a cookie. Pages call `require(role)`
first; the wrong role (or nobody) is refused and the page stops."""
from __future__ import annotations

import streamlit as st
import streamlit.components.v1 as components

from portal.domain import names
from portal.services.people import inbox, sessions
from portal.ui.common import db

TOKEN_KEY = "session_token"
COOKIE = "portal_session"
TIMEOUT_SECONDS = int(sessions.IDLE.total_seconds())


def client() -> str:
    """The client address as this Streamlit server saw it (the proxy's, behind one)."""
    address = getattr(st.context, "ip_address", None)
    return address if isinstance(address, str) and address else "unknown"


def _cookie_token() -> str | None:
    token = st.context.cookies.get(COOKIE) if hasattr(st.context, "cookies") else None
    if not isinstance(token, str) or not token or token == st.session_state.get("dead_cookie"):
        return None
    return token


def principal():
    """The Principal of this browser's session, re-read from the database on every run, or None."""
    token = st.session_state.get(TOKEN_KEY) or _cookie_token()
    if not token:
        return None
    who = sessions.resolve(db(), token)
    if who is None:
        st.session_state.pop(TOKEN_KEY, None)
        st.session_state["dead_cookie"] = token
        st.session_state["cookie_write"] = ""
        st.session_state["timed_out"] = True
        return None
    st.session_state[TOKEN_KEY] = token
    return who


def login(who) -> None:
    st.session_state[TOKEN_KEY] = who.token
    st.session_state["cookie_write"] = who.token
    st.session_state.pop("timed_out", None)


def logout() -> None:
    token = st.session_state.get(TOKEN_KEY) or _cookie_token()
    who = sessions.resolve(db(), token) if token else None
    sessions.logout(db(), who)
    for key in list(st.session_state.keys()):
        del st.session_state[key]
    st.session_state["dead_cookie"] = token
    st.session_state["cookie_write"] = ""


def write_cookie() -> None:
    """Set (after a login) or clear (after a logout or expiry) the session cookie, once. The script
    holds only the token (URL-safe base64), never user text."""
    value = st.session_state.pop("cookie_write", None)
    if value is None:
        return
    age = int(sessions.ABSOLUTE.total_seconds()) if value else 0
    script = ("<script>(function(){const d = window.parent ? window.parent.document : document;"
              "const s = location.protocol === 'https:' ? '; Secure' : '';"
              f"d.cookie = '{COOKIE}={value}; Path=/; Max-Age={age}; SameSite=Strict' + s;}})();</script>")
    try:
        st.html(script, unsafe_allow_javascript=True)  # Streamlit >= 1.50: runs in the page itself
    except TypeError:
        components.html(script, height=0)  # older Streamlit: a same-origin frame


def require(*roles: str):
    """Return the principal if it has one of `roles`; otherwise show a refusal and stop the page."""
    who = principal()
    if who is None:
        st.error("请先登录后再访问此页面。")
        st.stop()
    if who.role not in roles:
        wanted = "、".join(names.role(r) for r in roles)
        st.error(f"无权访问：此页面仅限{wanted}使用。")
        st.stop()
    return who


def sidebar(who) -> None:
    """Who is logged in, and a logout button, on every page."""
    write_cookie()
    with st.sidebar:
        if st.session_state.pop("timed_out", False):
            st.warning("会话已超时或已失效，请重新登录。")
        if who is None:
            st.caption("未登录：可浏览公开信息，或前往“登录 / 首次登录”。")
            return
        st.caption(f"已登录：{who.display_name}（{names.role(who.role)}）")
        if st.button("退出登录", key="sidebar_logout"):
            logout()
            st.rerun()


def bell(who, messages_page) -> None:
    """The bell: the unread count in the sidebar, a link to the 消息 page, for every logged-in role."""
    if who is None or who.must_change_password:
        return
    try:
        unread = inbox.unread_count(db(), who)
    except Exception:  # noqa: BLE001 (the count must never break a page; the 消息 page says why)
        return
    label = f"未读消息 {unread} 条" if unread else "消息（无未读）"
    icon = ":material/notifications_active:" if unread else ":material/notifications:"
    st.sidebar.page_link(messages_page, label=label, icon=icon)


def role_name(role: str) -> str:
    """A role in words, for the navigation's section title."""
    return names.role(role)
