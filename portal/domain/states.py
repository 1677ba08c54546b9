"""The case state machine: states, actions, which action leads from which state to which, who may
take it, and their Chinese names. Pure: services apply it inside their own transaction."""
from __future__ import annotations

from portal.domain.errors import Conflict

STATES = ("draft", "submitted", "in_review", "returned", "resubmitted", "passed", "failed",
          "published", "final", "certified", "revoked")
STATE_NAMES = {"draft": "未提交", "submitted": "已提交待审核", "in_review": "审核中",
               "returned": "退回补充", "resubmitted": "补充后重新提交", "passed": "核查通过",
               "failed": "核查不通过", "published": "公示中", "final": "公示结束",
               "certified": "已发证", "revoked": "已撤销"}
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
ACTION_NAMES = {"submit": "提交", "resubmit": "重新提交", "claim": "领取审核", "release": "放回队列",
                "pass": "审核通过", "fail": "审核不通过", "return": "退回补充", "publish": "公示",
                "unpublish": "撤出公示", "rollback": "回退审核操作", "transfer": "转移审核机构",
                "reopen": "退回复核", "finalize": "公示结束", "certify": "发证", "revoke": "撤销"}


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
        raise Conflict(f"当前状态为“{STATE_NAMES.get(state, state)}”，不能{ACTION_NAMES[action]}")
    if to == "=":
        return state
    return to or waiting_state(case)
