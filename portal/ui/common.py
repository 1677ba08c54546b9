"""Shared UI plumbing: the one process-wide Database and a wrapper that turns service errors
into Chinese messages on the page instead of tracebacks."""
from __future__ import annotations

import streamlit as st

from portal.domain import errors
from portal.services import startup
from portal.ui.text import esc

SERVICE_ERRORS = (errors.PermissionDenied, errors.NotFound, errors.InvalidInput, errors.Conflict)


@st.cache_resource(show_spinner=False)
def _database(home: str):
    # One DuckDB connection per process (and per PORTAL_HOME); never per-user data in here.
    return startup.open_portal(home)


def db():
    return _database(startup.home_path())


def attempt(fn, *args, success: str | None = None, **kwargs):
    """Call a service; show its Chinese message on refusal and return None. With `success`,
    the page reruns (so every table shows the change) and the message is shown on top."""
    try:
        result = fn(*args, **kwargs)
    except SERVICE_ERRORS as exc:
        st.error(esc(str(exc)))
        return None
    if success:
        st.session_state["flash"] = success
        st.rerun()
    return result


def show_flash() -> None:
    """The message of the last successful action (set by `attempt`), shown once."""
    message = st.session_state.pop("flash", None)
    if message:
        st.success(message)
