"""The User model with its role and agency."""

from __future__ import annotations

import enum
import hashlib
import hmac
from datetime import datetime

from flask import current_app
from flask_login import UserMixin
from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from ..agencies.models import Agency
from ..clock import utcnow
from ..audit.recorder import audited
from ..extensions import db, login_manager
from ..types import UTCDateTime, value_enum


class Role(enum.StrEnum):
    """What a user may do; see accounts/permissions.py."""

    ADMIN = "admin"
    PROVINCIAL_OFFICE = "provincial_office"
    AGENCY_HEAD = "agency_head"
    AGENCY_OFFICER = "agency_officer"
    VIEWER = "viewer"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.ADMIN: "Quản trị hệ thống",
    Role.PROVINCIAL_OFFICE: "Văn phòng UBND tỉnh",
    Role.AGENCY_HEAD: "Lãnh đạo cơ quan",
    Role.AGENCY_OFFICER: "Chuyên viên cơ quan",
    Role.VIEWER: "Người xem",
}


@audited("user")
class User(UserMixin, db.Model):
    """Someone who signs in: an officer of an agency, the provincial office, or an admin."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(255))
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[Role] = mapped_column(
        value_enum(Role)
    )
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Wrong passwords in a row; at LOGIN_MAX_FAILURES the account is locked until locked_until.
    failed_logins: Mapped[int] = mapped_column(default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)

    agency: Mapped[Agency | None] = relationship()

    def __repr__(self) -> str:
        return f"<User {self.username}>"

    @property
    def is_active(self) -> bool:  # Flask-Login refuses inactive accounts
        return self.active

    def set_password(self, password: str) -> None:
        method = current_app.config.get("PASSWORD_HASH_METHOD", "scrypt")
        self.password_hash = generate_password_hash(password, method=method)

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)

    def is_locked(self, now: datetime) -> bool:
        """Whether sign-in is refused for now after too many wrong passwords."""
        return self.locked_until is not None and now < self.locked_until

    def password_fingerprint(self, purpose: str) -> str:
        """A short keyed digest of the password hash: it changes whenever the password does."""
        key = current_app.config["SECRET_KEY"].encode()
        message = f"{purpose}:{self.password_hash}".encode()
        return hmac.new(key, message, hashlib.sha256).hexdigest()[:20]

    def get_id(self) -> str:
        """The id kept in the session, tied to the password: a password change ends every other session."""
        return f"{self.id}:{self.password_fingerprint('session')}"

    def audit_label(self) -> str:
        return f"tài khoản {self.username}"


@login_manager.user_loader
def load_user(session_id: str) -> User | None:
    """The signed-in user, unless the password changed or the account was deactivated since."""
    user_id, _, fingerprint = session_id.partition(":")
    if not user_id.isdigit():
        return None
    user = db.session.get(User, int(user_id))
    if user is None or not user.active:
        return None
    if not hmac.compare_digest(fingerprint, user.password_fingerprint("session")):
        return None
    return user
