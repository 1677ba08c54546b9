"""The address of the client behind the portal's own reverse proxies (pure).

X-Forwarded-For is read only when the portal is told how many proxies in front of it are its own
(`trusted` as a count of hops) or which addresses they have (`trusted` as a list): each trusted proxy
appends the address it saw, so the client is the entry just before the trusted hops. Anything further
left was written by the client itself and is never believed. With no trusted proxy the header is
ignored and the peer address stands."""
from __future__ import annotations

import ipaddress


def parse_trusted(value: str | None) -> int | tuple[str, ...]:
    """PORTAL_TRUSTED_PROXIES: a number of hops ("1"), or addresses/networks ("10.0.0.2,10.1.0.0/16");
    empty or unreadable means none."""
    value = (value or "").strip()
    if not value:
        return 0
    if value.isdigit():
        return min(int(value), 10)
    nets = []
    for part in value.replace(";", ",").split(","):
        try:
            nets.append(str(ipaddress.ip_network(part.strip(), strict=False)))
        except ValueError:
            continue
    return tuple(nets)


def _address(text: str) -> str | None:
    text = text.strip().strip('"')
    if text.startswith("[") and "]" in text:  # [v6]:port
        text = text[1:text.index("]")]
    elif text.count(":") == 1:  # v4:port
        text = text.split(":")[0]
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        return None


def _in(address: str, nets: tuple[str, ...]) -> bool:
    ip = ipaddress.ip_address(address)
    return any(ip in ipaddress.ip_network(n) for n in nets)


def client_address(peer: str | None, forwarded_for: str | None, trusted: int | tuple[str, ...]) -> str:
    """The client's address: `peer` is the address the socket came from, `forwarded_for` the raw
    X-Forwarded-For header (several headers joined by commas). "unknown" when nothing usable."""
    peer_ip = _address(peer or "") if peer else None
    hops = [_address(h) for h in (forwarded_for or "").split(",") if h.strip()]
    if isinstance(trusted, int):
        if trusted <= 0 or peer_ip is None:
            return peer_ip or "unknown"
        chain = [peer_ip, *reversed(hops)]  # nearest first: the peer is the last trusted proxy
        found = chain[trusted] if len(chain) > trusted else chain[-1]  # fewer hops: the outermost one came direct
        return found or "unknown"
    if peer_ip is None or not _in(peer_ip, trusted):
        return peer_ip or "unknown"
    current = peer_ip
    for hop in reversed(hops):
        if hop is None:
            return current
        current = hop
        if not _in(hop, trusted):
            return hop
    return current
