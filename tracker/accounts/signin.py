"""Checking credentials, with a lock after too many wrong passwords in a row."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from werkzeug.security import check_password_hash, generate_password_hash

from ..clock import to_local
from .models import User
from .services import find_user, unlock_user

WRONG_CREDENTIALS = "Tên đăng nhập hoặc mật khẩu không đúng."
LOCKED = "Tài khoản tạm khóa do đăng nhập sai nhiều lần; vui lòng thử lại sau {time}."
# Unknown names are remembered this long (in the rate-limit storage) to be locked like real ones.
UNKNOWN_NAME_MEMORY = timedelta(days=1)
_DUMMY_HASH = generate_password_hash("not-a-password", method="pbkdf2:sha256:1000")


class SignInError(ValueError):
    """A refused sign-in; the message is in Vietnamese and never says whether the name exists."""


@dataclass(frozen=True)
class LockoutPolicy:
    """How many wrong passwords lock an account, and for how long."""

    max_failures: int
    lockout: timedelta


def locked_message(until: datetime) -> str:
    """The lockout message with the local time sign-in is allowed again."""
    return LOCKED.format(time=to_local(until).strftime("%H:%M"))


def sign_in(username: str, password: str, now: datetime, policy: LockoutPolicy, unknown_names) -> User:
    """The active user with these credentials, or SignInError.

    A locked account is refused without looking at the password. The last wrong password of a
    series locks the account at once. A name with no account behaves the same (its count is kept
    in `unknown_names`, an UnknownNameCounter), so the messages never reveal which names exist.
    """
    user = find_user(username)
    if user is None:
        check_password_hash(_DUMMY_HASH, password)  # spend the same time as for a real account
        until = unknown_names.fail(username.strip().lower(), now, policy)
        raise SignInError(locked_message(until) if until else WRONG_CREDENTIALS)
    if user.is_locked(now):
        raise SignInError(locked_message(user.locked_until))
    if not user.check_password(password):
        user.failed_logins += 1
        if user.failed_logins >= policy.max_failures:
            user.failed_logins = 0
            user.locked_until = now + policy.lockout
            raise SignInError(locked_message(user.locked_until))
        raise SignInError(WRONG_CREDENTIALS)
    if not user.active:
        raise SignInError(WRONG_CREDENTIALS)
    unlock_user(user)
    return user


class UnknownNameCounter:
    """Wrong attempts on names with no account, kept in a `limits` storage (Flask-Limiter's)."""

    def __init__(self, storage):
        self.storage = storage

    def fail(self, name: str, now: datetime, policy: LockoutPolicy) -> datetime | None:
        """Count a failure; return when the lock ends if the name is (now) locked."""
        lock_key = f"sign-in-lock/{name}"
        if self.storage.get(lock_key):
            return datetime.fromtimestamp(self.storage.get_expiry(lock_key), timezone.utc)
        failures_key = f"sign-in-failures/{name}"
        if self.storage.incr(failures_key, UNKNOWN_NAME_MEMORY.total_seconds()) < policy.max_failures:
            return None
        self.storage.clear(failures_key)
        self.storage.incr(lock_key, policy.lockout.total_seconds())
        return now + policy.lockout
