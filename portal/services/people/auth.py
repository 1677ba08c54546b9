"""Who is calling: `Principal` and the role/scope checks every service runs first.

A principal issued by a login (`sessions`) carries its session and a `live` check bound to the
database: `require_role` and `require_case_access` run it, so a revoked session, a deactivated
account, a changed role, city list or password is refused on the very next call. Principals built
without a session (the command line's operator) are not checked against a session.

A province administrator is an `admin` whose cities cover every city and prefecture of the province
(`units.all_codes()`); province-wide data (blacklist, rounds, holidays, certificate series, integrity
records) is changed by province administrators only."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from portal.domain import names
from portal.domain.errors import PermissionDenied
from portal.domain.units import all_codes

ROLES = ("candidate", "reviewer", "admin")


@dataclass(frozen=True)
class Principal:
    """A logged-in user. `cities`: city codes in scope (province admin: every city)."""
    user_id: int
    role: str
    cities: tuple[str, ...]
    display_name: str
    candidate_id: int | None = None
    password_version: int = 0
    session: str | None = field(default=None, compare=False, repr=False)  # sha256 of the token
    token: str | None = field(default=None, compare=False, repr=False)    # raw token, for the UI only
    live: Callable | None = field(default=None, compare=False, repr=False)
    must_change_password: bool = field(default=False, compare=False)

    def covers(self, city: str) -> bool:
        return city in self.cities


def ensure_live(principal: Principal) -> None:
    """Refuse a principal whose session was revoked or whose account changed since it was issued."""
    if principal is not None and principal.live is not None:
        principal.live(principal)


def require_role(principal: Principal, *roles: str) -> None:
    if principal is None or principal.role not in roles:
        allowed = "、".join(names.name("role", r) for r in roles)
        raise PermissionDenied(f"无权操作：此功能仅限{allowed}使用")
    ensure_live(principal)


def is_province_admin(principal: Principal | None) -> bool:
    return principal is not None and principal.role == "admin" and set(all_codes()) <= set(principal.cities)


def require_province_admin(principal: Principal) -> None:
    """Province-wide data: only an administrator covering every city may change it."""
    require_role(principal, "admin")
    if not is_province_admin(principal):
        raise PermissionDenied("无权操作：全省数据仅限省级管理员维护")


def require_city(principal: Principal, city: str) -> None:
    """Reviewers and admins act only on cases of their cities."""
    if principal.role == "candidate" or not principal.covers(city):
        raise PermissionDenied("无权访问：该案件不属于您负责的市州")


def require_case_access(principal: Principal, case: dict) -> None:
    """A candidate sees only their own case; staff only cases of their cities."""
    if principal is None:
        raise PermissionDenied("请先登录")
    ensure_live(principal)
    if principal.role == "candidate":
        if principal.candidate_id is None or case["candidate_id"] != principal.candidate_id:
            raise PermissionDenied("无权访问：只能查看本人的核查案件")
        return
    require_city(principal, case["city"])


def actor_fields(principal: Principal) -> dict:
    """The audit fields for an action by `principal`."""
    return {"actor": f"user:{principal.user_id}", "role": principal.role}
