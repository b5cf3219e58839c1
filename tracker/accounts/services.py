"""Account rules: creating users and checking credentials."""

from __future__ import annotations

from sqlalchemy import func, select

from ..agencies.models import Agency
from ..extensions import db
from .models import Role, User

AGENCY_BOUND_ROLES = {Role.PROVINCIAL_OFFICE, Role.AGENCY_HEAD, Role.AGENCY_OFFICER}


class AccountError(ValueError):
    """An account that cannot be created; the message is in Vietnamese."""


def create_user(
    *,
    username: str,
    password: str,
    full_name: str,
    role: Role,
    agency: Agency | None = None,
    email: str | None = None,
) -> User:
    """Create an account; roles tied to an agency need one."""
    username = username.strip().lower()
    if not username:
        raise AccountError("Tên đăng nhập không được để trống.")
    if len(password) < 8:
        raise AccountError("Mật khẩu phải có ít nhất 8 ký tự.")
    if role in AGENCY_BOUND_ROLES and agency is None:
        raise AccountError(f"Vai trò {role.label} cần gắn với một cơ quan.")
    if find_user(username) is not None:
        raise AccountError(f"Tên đăng nhập {username} đã tồn tại.")
    user = User(username=username, full_name=full_name, role=role, agency=agency, email=email)
    user.set_password(password)
    db.session.add(user)
    return user


def find_user(username: str) -> User | None:
    return db.session.scalar(select(User).where(func.lower(User.username) == username.strip().lower()))


def authenticate(username: str, password: str) -> User | None:
    """The active user with these credentials, or None."""
    user = find_user(username)
    if user is None or not user.active or not user.check_password(password):
        return None
    return user
