"""Password hashing (argon2id) and the password policy."""
from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from portal.domain.errors import InvalidInput

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    check_policy(password)
    return _hasher.hash(password)


def verify(stored: str | None, password: str) -> bool:
    if not stored:
        return False
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def check_policy(password: str) -> None:
    if len(password or "") < 8 or not any(c.isdigit() for c in password) \
            or not any(c.isalpha() for c in password):
        raise InvalidInput("密码至少8位，且须同时包含字母和数字")
