"""Password hashing (argon2id) and the password policy."""
from __future__ import annotations

import secrets

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


def verify(stored: str | None, password: str) -> bool:
    """Check `password` against `stored`; without a stored hash, a dummy one is checked instead so
    that an unknown account takes as long to refuse as a wrong password."""
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
