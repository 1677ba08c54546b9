"""The public verification address (setting `public_url`) printed and QR-coded on every
certificate: entered by an administrator; issuing is refused until it is a public address."""
from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from portal.domain.errors import Conflict, InvalidInput
from portal.services.people.auth import Principal, actor_fields, require_province_admin
from portal.store import audit, clock
from portal.store.queries import q

SETTING = "public_url"
MISSING = ("尚未设置证书查验的公网地址（设置项 public_url）：证书上的二维码和查验地址将无法访问。"
           "请管理员在“系统设置”页或用 portal settings set public_url https://… 设置后再发证")
_LOCAL_NAMES = ("localhost", "localhost.localdomain")


def check_url(url: str) -> str:
    """The address as stored (no trailing slash), or InvalidInput saying what is wrong."""
    url = (url or "").strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in url:
        raise InvalidInput("公网地址须以 https:// 开头，如 https://zhicheng.example.gov.cn")
    host = parts.hostname.lower()
    if host in _LOCAL_NAMES or host.endswith(".localhost") or _is_local_ip(host):
        raise InvalidInput(f"公网地址不能是本机地址（{host}）：外部人员扫描证书二维码时无法访问")
    if parts.query or parts.fragment:
        raise InvalidInput("公网地址不能带 ? 或 # 部分")
    return url


def _is_local_ip(host: str) -> bool:
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    return ip.is_loopback or ip.is_unspecified or ip.is_link_local


def public_url(db) -> str | None:
    with db.read() as cur:
        found = cur.execute(q("select_setting"), {"key": SETTING}).fetchone()
    return found[0] if found else None


def require_public_url(db) -> str:
    url = public_url(db)
    if not url:
        raise Conflict(MISSING)
    return url


def set_public_url(db, principal: Principal, url: str) -> str:
    """Printed on every certificate of every city: a province administrator's setting."""
    require_province_admin(principal)
    url = check_url(url)
    with db.transaction() as cur:
        before = cur.execute(q("select_setting"), {"key": SETTING}).fetchone()
        cur.execute(q("upsert_setting"), {"key": SETTING, "value": url, "actor_id": principal.user_id,
                                          "now": clock.now()})
        audit.append(cur, **actor_fields(principal), action="settings.set", entity="setting", entity_id=SETTING,
                     before={"value": before[0] if before else None}, after={"value": url})
    return url
