"""The case state machine: states, actions, which action leads from which state to which, who may
take it; their Chinese names are `portal.domain.names` ("state", "action"). Pure: services apply it
inside their own transaction."""
from __future__ import annotations

from portal.domain import names
from portal.domain.errors import Conflict

STATES = ("draft", "submitted", "in_review", "returned", "resubmitted", "passed", "failed",
          "published", "final", "certified", "revoked")
WAITING = ("submitted", "resubmitted")

# action: (states it may start from, resulting state, roles allowed)
TRANSITIONS = {
    "submit": (("draft",), "submitted", ("candidate",)),
    "resubmit": (("returned",), "resubmitted", ("candidate",)),
    "claim": (("submitted", "resubmitted", "in_review"), "in_review", ("reviewer", "admin")),
    "release": (("in_review",), None, ("reviewer", "admin")),
    "pass": (("in_review",), "passed", ("reviewer", "admin")),
    "fail": (("in_review",), "failed", ("reviewer", "admin")),
    "return": (("in_review",), "returned", ("reviewer", "admin")),
    "rollback": (("passed", "failed", "returned"), None, ("admin",)),
    "transfer": (("draft", "submitted", "resubmitted", "in_review", "returned"), "=", ("admin",)),
    "reopen": (("published",), None, ("admin",)),
    "publish": (("passed",), "published", ("admin",)),
    "unpublish": (("published",), "passed", ("admin",)),
    "finalize": (("published",), "final", ("admin",)),
    "certify": (("final",), "certified", ("admin",)),
    "revoke": (("passed", "published", "final", "certified"), "revoked", ("admin",)),
}


def waiting_state(case: dict) -> str:
    """The queue state a case returns to when a review is released or rolled back."""
    return "resubmitted" if case["submission_no"] > 1 else "submitted"


def target(action: str, case: dict) -> str:
    """The state `action` leads to from the case's state, or Conflict saying why not."""
    if action not in TRANSITIONS:
        raise Conflict(f"未知操作：{action}")
    sources, to, _ = TRANSITIONS[action]
    state = case["state"]
    if state not in sources:
        raise Conflict(f"当前状态为“{names.name('state', state)}”，不能{names.name('action', action)}")
    if to == "=":
        return state
    return to or waiting_state(case)
