"""The client's address behind trusted proxies: X-Forwarded-For is believed for exactly the trusted
hops, never otherwise, and whatever a client writes into the header itself is ignored."""
from portal.domain.client_address import client_address, parse_trusted


def test_without_trusted_proxies_the_header_is_ignored():
    assert client_address("198.51.100.7", "1.2.3.4", 0) == "198.51.100.7"
    assert client_address("198.51.100.7", "1.2.3.4", parse_trusted("")) == "198.51.100.7"
    assert client_address(None, "1.2.3.4", 0) == "unknown"


def test_one_trusted_hop_takes_the_address_the_proxy_appended():
    # the client sent "X-Forwarded-For: 6.6.6.6" itself; nginx appended the real peer
    assert client_address("127.0.0.1", "6.6.6.6, 203.0.113.5", 1) == "203.0.113.5"
    assert client_address("127.0.0.1", "203.0.113.5", 1) == "203.0.113.5"
    assert client_address("127.0.0.1", None, 1) == "127.0.0.1"


def test_two_hops_and_ports_and_v6():
    assert client_address("10.0.0.2", "6.6.6.6, 203.0.113.5:5123, 10.0.0.1", 2) == "203.0.113.5"
    assert client_address("127.0.0.1", "[2001:db8::1]:443", 1) == "2001:db8::1"
    assert client_address("127.0.0.1", "garbage", 1) == "unknown"


def test_trusted_addresses_walk_back_to_the_first_untrusted_hop():
    trusted = parse_trusted("127.0.0.1, 10.0.0.0/8")
    assert client_address("127.0.0.1", "6.6.6.6, 203.0.113.5, 10.1.2.3", trusted) == "203.0.113.5"
    assert client_address("198.51.100.7", "203.0.113.5", trusted) == "198.51.100.7"  # the peer is no proxy of ours


def test_parse_trusted():
    assert parse_trusted("1") == 1 and parse_trusted(" 0 ") == 0 and parse_trusted(None) == 0
    assert parse_trusted("10.0.0.2,bogus") == ("10.0.0.2/32",)
