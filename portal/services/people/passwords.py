"""Password hashing (argon2id) and the password policy.

Verification runs on a small pool of lowered-priority threads (half the cores, at least one; nice 10,
which the hasher's own threads inherit): a flood of wrong passwords waits its turn there instead of
taking the cores from reviewers' calls. Unknown accounts go through the same pool, so both answers
still take the same time."""
from __future__ import annotations

import contextlib
import os
import secrets
import threading
from concurrent.futures import ThreadPoolExecutor

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from portal.domain.errors import InvalidInput

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    check_policy(password)
    return _hasher.hash(password)


_dummy: dict[int, str] = {}


def _dummy_hash() -> str:
    """A hash of a random secret made with the current hasher (so its cost matches real hashes)."""
    key = id(_hasher)
    if key not in _dummy:
        _dummy.clear()
        _dummy[key] = _hasher.hash(secrets.token_hex(16))
    return _dummy[key]


def _lower_priority() -> None:
    with contextlib.suppress(OSError, AttributeError):  # per thread on Linux; elsewhere left as is
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)


_pool = ThreadPoolExecutor(max_workers=max(1, (os.cpu_count() or 2) // 2), thread_name_prefix="argon2",
                           initializer=_lower_priority)


def verify(stored: str | None, password: str) -> bool:
    """Check `password` against `stored`; without a stored hash, a dummy one is checked instead so
    that an unknown account takes as long to refuse as a wrong password."""
    return _pool.submit(_verify, stored, password).result()


def _verify(stored: str | None, password: str) -> bool:
    try:
        if not stored:
            _hasher.verify(_dummy_hash(), str(password or ""))
            return False
        return _hasher.verify(stored, str(password or ""))
    except (VerificationError, InvalidHashError):
        return False


def check_policy(password: str) -> None:
    if len(password or "") < 8 or not any(c.isdigit() for c in password) \
            or not any(c.isalpha() for c in password):
        raise InvalidInput("密码至少8位，且须同时包含字母和数字")
