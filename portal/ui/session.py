"""Who is logged in: the principal lives in st.session_state with an idle timeout.

Pages call `require(role)` first; the wrong role (or nobody) gets a refusal and the page stops."""
from __future__ import annotations

import time

import streamlit as st

from portal.domain import names

TIMEOUT_SECONDS = 30 * 60


def principal():
    """The logged-in Principal, or None; an idle session older than the timeout is ended."""
    who = st.session_state.get("principal")
    if who is None:
        return None
    now = time.time()
    if now - st.session_state.get("last_seen", now) > TIMEOUT_SECONDS:
        logout()
        st.session_state["timed_out"] = True
        return None
    st.session_state["last_seen"] = now
    return who


def login(who) -> None:
    st.session_state["principal"] = who
    st.session_state["last_seen"] = time.time()
    st.session_state.pop("timed_out", None)


def logout() -> None:
    for key in list(st.session_state.keys()):
        del st.session_state[key]


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
    with st.sidebar:
        if st.session_state.pop("timed_out", False):
            st.warning("会话已超时，请重新登录。")
        if who is None:
            st.caption("未登录：可浏览公开信息，或前往“登录 / 首次登录”。")
            return
        st.caption(f"已登录：{who.display_name}（{names.role(who.role)}）")
        if st.button("退出登录", key="sidebar_logout"):
            logout()
            st.rerun()
