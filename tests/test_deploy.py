"""The nginx site in deploy/: TLS with HSTS, no-store and anti-framing headers on the app and on
/media/, the websocket upgrade, a body limit in step with the upload limit, X-Forwarded-For
overwritten with the peer (what PORTAL_TRUSTED_PROXIES=1 trusts); and every PORTAL_ variable the
code reads is in deploy/README.md."""
import re
from pathlib import Path

from portal import config

ROOT = Path(__file__).resolve().parents[1]
CONF = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")


def _blocks(text: str) -> dict[str, str]:
    """`location X { … }` bodies by X (no nested braces inside a location here)."""
    return {m.group(1): m.group(2) for m in re.finditer(r"location\s+(\S+)\s*\{([^{}]*)\}", text)}


def _headers(body: str) -> dict[str, str]:
    return {m.group(1).lower(): m.group(2) for m in re.finditer(r'add_header\s+(\S+)\s+"([^"]*)"\s+always;', body)}


def test_every_location_sends_the_security_headers():
    locations = _blocks(CONF)
    assert {"/", "/media/"} <= set(locations)
    for name, body in locations.items():
        h = _headers(body)
        assert h["cache-control"] == "no-store", name
        assert h["x-frame-options"] == "DENY" and "frame-ancestors 'none'" in h["content-security-policy"], name
        assert h["x-content-type-options"] == "nosniff", name
        assert h["strict-transport-security"].startswith("max-age=31536000"), name
        assert "proxy_pass http://127.0.0.1:8501;" in body
        assert re.search(r"proxy_set_header X-Forwarded-For \$remote_addr;", body), name


def test_tls_websocket_csp_and_body_limit():
    assert re.search(r"listen 443 ssl", CONF) and "ssl_protocols       TLSv1.2 TLSv1.3;" in CONF
    assert "return 301 https://" in CONF
    app = _blocks(CONF)["/"]
    assert "proxy_set_header Upgrade $http_upgrade;" in app and "Connection $connection_upgrade" in app
    csp = _headers(app)["content-security-policy"]
    assert "connect-src 'self' wss://$host" in csp and "object-src 'none'" in csp
    upload_mb = config.upload_limit_mb()  # the default the portal serves with (portal.serve passes it to Streamlit)
    body = re.search(r"client_max_body_size (\d+)m;", CONF)
    assert body and int(body.group(1)) == upload_mb + 1  # the upload limit plus the multipart envelope


def test_the_readme_names_every_variable_the_code_reads():
    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "portal").rglob("*.py"))
    used = set(re.findall(r"PORTAL_[A-Z_]+[A-Z]", code))
    readme = (ROOT / "deploy" / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"PORTAL_[A-Z_]+[A-Z]", readme)) | {
        "PORTAL_UPLOAD" + s for s in re.findall(r"`(_[A-Z_]+)`", readme)}
    assert sorted(used - named) == []
