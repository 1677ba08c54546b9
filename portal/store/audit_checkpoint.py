"""Signed checkpoints of the audit chain's head (event count + last hash), appended to
PORTAL_HOME/audit/checkpoints.jsonl, and the checks against them: a database cut back to fewer
events, with its head reset, no longer matches the latest checkpoint; a checkpoint taken when the
database was closed also holds the file's SHA-256, so a byte changed while the portal is stopped
is caught even where no table reads it."""
from __future__ import annotations

import base64
import hashlib
import json
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization

from portal.store import clock, keys
from portal.store.queries import q

FILE = Path("audit") / "checkpoints.jsonl"


def _payload(entry: dict) -> bytes:
    return json.dumps({k: entry.get(k) for k in ("count", "hash", "at", "file")}, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def file_digest(path: Path) -> str | None:
    if not path.exists():
        return None
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write(home: Path, cur=None, *, head: tuple[int, str] | None = None, file: str | None = None) -> dict:
    """Sign the head (read from `cur`, or given) and append it unless it equals the latest
    checkpoint. `file`: the database file's SHA-256, for a checkpoint taken after closing it."""
    count, head_hash = head or cur.execute(q("select_audit_head")).fetchone()
    latest = read_latest(home)
    if latest and (latest["count"], latest["hash"], latest.get("file")) == (count, head_hash, file):
        return latest
    key = keys.checkpoint_key(home)
    entry = {"count": count, "hash": head_hash, "at": clock.now().isoformat(timespec="seconds"), "file": file}
    entry["public_key"] = key.public_key().public_bytes(serialization.Encoding.Raw,
                                                        serialization.PublicFormat.Raw).hex()
    entry["signature"] = base64.b64encode(key.sign(_payload(entry))).decode("ascii")
    path = home / FILE
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as fh:  # append-only: earlier lines are never rewritten
        fh.write(json.dumps(entry, sort_keys=True) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    return entry


def read_latest(home: Path) -> dict | None:
    path = home / FILE
    if not path.exists():
        return None
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return json.loads(lines[-1]) if lines else None


def check(home: Path, cur) -> str | None:
    """Why the database does not match its latest signed checkpoint, or None."""
    try:
        latest = read_latest(home)
    except (ValueError, OSError) as exc:
        return f"checkpoint file unreadable: {exc}"
    if latest is None:
        return None
    public = keys.checkpoint_key(home).public_key()
    try:
        public.verify(base64.b64decode(latest["signature"]), _payload(latest))
    except (InvalidSignature, KeyError, ValueError):
        return "latest checkpoint: signature does not verify with this portal's checkpoint key"
    found = cur.execute(q("select_audit_event"), {"seq": latest["count"]}).fetchone() if latest["count"] else None
    head_seq = cur.execute(q("select_audit_head")).fetchone()[0]
    if latest["count"] and found is None or head_seq < latest["count"]:
        return (f"event {head_seq + 1}: deleted (signed checkpoint of {latest['at']} records "
                f"{latest['count']} events, the database {head_seq})")
    if latest["count"] and found[1] != latest["hash"]:
        return f"event {latest['count']}: hash differs from the signed checkpoint of {latest['at']}"
    return None


def check_file(home: Path, digest: str | None) -> str | None:
    """Why the database file (its SHA-256 before this process opened it) is not the file the
    portal closed last, or None (also when the last checkpoint was taken while it ran)."""
    latest = read_latest(home)
    if latest is None or not latest.get("file") or digest is None or digest == latest["file"]:
        return None
    return f"database file differs from the one the portal closed at {latest['at']} (changed behind the portal)"
