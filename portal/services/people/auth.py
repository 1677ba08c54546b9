"""Who is calling: `Principal` and the role/scope checks every service runs first."""
from __future__ import annotations

from dataclasses import dataclass

from portal.domain import names
from portal.domain.errors import PermissionDenied

ROLES = ("candidate", "reviewer", "admin")


@dataclass(frozen=True)
class Principal:
    """A logged-in user. `cities`: city codes in scope (province admin: every city)."""
    user_id: int
    role: str
    cities: tuple[str, ...]
    display_name: str
    candidate_id: int | None = None

    def covers(self, city: str) -> bool:
        return city in self.cities


def require_role(principal: Principal, *roles: str) -> None:
    if principal is None or principal.role not in roles:
        allowed = "、".join(names.name("role", r) for r in roles)
        raise PermissionDenied(f"无权操作：此功能仅限{allowed}使用")


def require_city(principal: Principal, city: str) -> None:
    """Reviewers and admins act only on cases of their cities."""
    if principal.role == "candidate" or not principal.covers(city):
        raise PermissionDenied("无权访问：该案件不属于您负责的市州")


def require_case_access(principal: Principal, case: dict) -> None:
    """A candidate sees only their own case; staff only cases of their cities."""
    if principal is None:
        raise PermissionDenied("请先登录")
    if principal.role == "candidate":
        if principal.candidate_id is None or case["candidate_id"] != principal.candidate_id:
            raise PermissionDenied("无权访问：只能查看本人的核查案件")
        return
    require_city(principal, case["city"])


def actor_fields(principal: Principal) -> dict:
    """The audit fields for an action by `principal`."""
    return {"actor": f"user:{principal.user_id}", "role": principal.role}
