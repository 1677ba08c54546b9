"""Which client a request comes from, for the login and verification limits: the peer address, or
behind the bureau's own reverse proxies (PORTAL_TRUSTED_PROXIES) the address they forwarded."""
from __future__ import annotations

from portal.config import trusted_proxies
from portal.domain.client_address import client_address, parse_trusted


def client_of(peer: str | None, forwarded_for: str | None) -> str:
    """`peer`: the socket's address; `forwarded_for`: the X-Forwarded-For header(s) as received."""
    return client_address(peer, forwarded_for, parse_trusted(trusted_proxies()))
