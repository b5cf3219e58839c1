"""Account rules: creating and editing users, finding them, unlocking them."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from ..agencies.models import Agency
from ..agencies.services import agency_choices
from ..extensions import db
from .models import Role, User

AGENCY_BOUND_ROLES = {Role.PROVINCIAL_OFFICE, Role.AGENCY_HEAD, Role.AGENCY_OFFICER}
MIN_PASSWORD_LENGTH = 8
# Deliberately loose: offices use internal domains; the mail server is the real judge.
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+$")


class AccountError(ValueError):
    """An account that cannot be created or changed; the message is in Vietnamese."""


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
    check_password_rules(password)
    email = _clean_email(email)
    _check_role_agency(role, agency)
    if find_user(username) is not None:
        raise AccountError(f"Tên đăng nhập {username} đã tồn tại.")
    user = User(username=username, full_name=full_name, role=role, agency=agency, email=email)
    user.set_password(password)
    db.session.add(user)
    return user


def update_user(
    user: User,
    *,
    full_name: str,
    role: Role,
    agency: Agency | None,
    email: str | None,
    active: bool,
    acting_user: User,
) -> User:
    """Change an account's name, role, agency, email and whether it may sign in."""
    if user.id == acting_user.id and (role is not Role.ADMIN or not active):
        raise AccountError("Không thể tự bỏ quyền quản trị hoặc khóa tài khoản của chính mình.")
    if not full_name.strip():
        raise AccountError("Họ tên không được để trống.")
    email = _clean_email(email)
    _check_role_agency(role, agency)
    user.full_name = full_name.strip()
    user.role = role
    user.agency = agency
    user.email = email
    user.active = active
    return user


def check_password_rules(password: str) -> None:
    """A new password must be long enough."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"Mật khẩu phải có ít nhất {MIN_PASSWORD_LENGTH} ký tự.")


def change_password(user: User, new_password: str) -> None:
    """Set a new password; it ends the user's other sessions and any reset link sent before."""
    check_password_rules(new_password)
    user.set_password(new_password)
    unlock_user(user)


def unlock_user(user: User) -> None:
    """Clear the wrong-password count and any lock."""
    user.failed_logins = 0
    user.locked_until = None


def selectable_agencies() -> list[Agency]:
    """The agencies an admin may attach an account to (the select's options)."""
    return agency_choices(None)


def resolve_agency(agency_id: int | None) -> Agency | None:
    """The agency chosen in a form; an id not among the options is refused."""
    if agency_id is None:
        return None
    for agency in selectable_agencies():
        if agency.id == agency_id:
            return agency
    raise AccountError("Cơ quan đã chọn không có trong danh sách.")


def find_user(username: str) -> User | None:
    """The account with this username, whatever its case."""
    return db.session.scalar(select(User).where(func.lower(User.username) == username.strip().lower()))


def find_by_username_or_email(identifier: str) -> list[User]:
    """Active accounts whose username or email is `identifier` (an email may serve several accounts)."""
    identifier = identifier.strip().lower()
    if not identifier:
        return []
    query = select(User).where(
        User.active.is_(True),
        (func.lower(User.username) == identifier) | (func.lower(User.email) == identifier),
    ).order_by(User.id)
    return list(db.session.scalars(query))


def list_users() -> list[User]:
    """Every account, by username."""
    return list(db.session.scalars(select(User).order_by(User.username)))


def _check_role_agency(role: Role, agency: Agency | None) -> None:
    if role in AGENCY_BOUND_ROLES and agency is None:
        raise AccountError(f"Vai trò {role.label} cần gắn với một cơ quan.")


def _clean_email(email: str | None) -> str | None:
    email = (email or "").strip()
    if not email:
        return None
    if not EMAIL_PATTERN.match(email):
        raise AccountError(f"Địa chỉ thư điện tử {email} không hợp lệ.")
    return email
